package dev.truecoding.generation;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.truecoding.run.RunStage;

import java.util.Arrays;

/**
 * The seed's {@code GenerationStage}, in order (its events are the kernel's {@link dev.truecoding.run.RunProgress},
 * the seed's {@code GenerationProgress}), each with the part of the run's 0–100 progress it covers, so a page can
 * draw one bar per stage from the overall figure. The parts follow how long stages really take (bench/generation:
 * repository, files and commit take milliseconds; validation is ≈ 99% of a run), so the figure moves evenly with
 * time rather than jumping through the quick stages and stalling in the slow one.
 */
public enum GenerationStage implements RunStage {
    CREATING_REPO("creating_repo", "Creating the repository", 0, 2),
    GENERATING_FILES("generating_files", "Generating files", 2, 6),
    VALIDATING_CODE("validating_code", "Validating the code", 6, 95),
    COMMITTING("committing", "Committing", 95, 98),
    CONFIGURING_CI("configuring_ci", "Configuring CI", 98, 99),
    READY("ready", "Ready", 99, 100) {
        @Override
        public boolean ends() {
            return true;
        }
    };

    private final String wireName;
    private final String label;
    private final int from;
    private final int to;

    GenerationStage(String wireName, String label, int from, int to) {
        this.wireName = wireName;
        this.label = label;
        this.from = from;
        this.to = to;
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public int from() {
        return from;
    }

    @Override
    public int to() {
        return to;
    }

    public static GenerationStage fromWireName(String name) {
        return Arrays.stream(values()).filter(stage -> stage.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown generation stage: " + name));
    }
}
