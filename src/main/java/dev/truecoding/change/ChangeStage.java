package dev.truecoding.change;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.truecoding.run.RunStage;

/**
 * Where a change's run is, in order, with the part of the run's 0–100 progress each covers: merging and committing
 * take moments, validating (install, typecheck, tests, build) and deploying (build, migrate, start) take the time.
 */
public enum ChangeStage implements RunStage {
    MERGING("merging", "Merging with the repository", 0, 4),
    VALIDATING("validating", "Validating the merged code", 4, 60),
    COMMITTING("committing", "Committing", 60, 63),
    DEPLOYING("deploying", "Migrating and deploying", 63, 99),
    LIVE("live", "Live", 99, 100) {
        @Override
        public boolean ends() {
            return true;
        }
    };

    private final String wireName;
    private final String label;
    private final int from;
    private final int to;

    ChangeStage(String wireName, String label, int from, int to) {
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
}
