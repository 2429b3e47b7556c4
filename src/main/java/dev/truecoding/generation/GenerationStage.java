package dev.truecoding.generation;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.truecoding.run.RunStage;
import dev.truecoding.run.StageSpan;

import java.util.Arrays;

/**
 * The seed's {@code GenerationStage}, in order (its events are the kernel's {@link dev.truecoding.run.RunProgress},
 * the seed's {@code GenerationProgress}), each with the part of the run's 0–100 progress it covers, so a page can
 * draw one bar per stage from the overall figure. The parts follow how long stages really take (bench/generation:
 * repository, files and commit take milliseconds; validation is ≈ 99% of a run), so the figure moves evenly with
 * time rather than jumping through the quick stages and stalling in the slow one.
 */
public enum GenerationStage implements RunStage {
    CREATING_REPO(new StageSpan("creating_repo", "Creating the repository", 0, 2)),
    GENERATING_FILES(new StageSpan("generating_files", "Generating files", 2, 6)),
    VALIDATING_CODE(new StageSpan("validating_code", "Validating the code", 6, 95)),
    COMMITTING(new StageSpan("committing", "Committing", 95, 98)),
    CONFIGURING_CI(new StageSpan("configuring_ci", "Configuring CI", 98, 99)),
    READY(StageSpan.last("ready", "Ready", 99, 100));

    private final StageSpan span;

    GenerationStage(StageSpan span) {
        this.span = span;
    }

    @Override
    public StageSpan span() {
        return span;
    }

    @Override
    @JsonValue
    public String wireName() {
        return span.wireName();
    }

    public static GenerationStage fromWireName(String name) {
        return Arrays.stream(values()).filter(stage -> stage.wireName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown generation stage: " + name));
    }
}
