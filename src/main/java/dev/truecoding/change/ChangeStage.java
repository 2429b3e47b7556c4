package dev.truecoding.change;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.truecoding.run.RunStage;
import dev.truecoding.run.StageSpan;

/**
 * Where a change's run is, in order, with the part of the run's 0–100 progress each covers: merging and committing
 * take moments, validating (install, typecheck, tests, build) and deploying (build, migrate, start) take the time.
 */
public enum ChangeStage implements RunStage {
    MERGING(new StageSpan("merging", "Merging with the repository", 0, 4)),
    VALIDATING(new StageSpan("validating", "Validating the merged code", 4, 60)),
    COMMITTING(new StageSpan("committing", "Committing", 60, 63)),
    DEPLOYING(new StageSpan("deploying", "Migrating and deploying", 63, 99)),
    LIVE(StageSpan.last("live", "Live", 99, 100));

    private final StageSpan span;

    ChangeStage(StageSpan span) {
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
}
