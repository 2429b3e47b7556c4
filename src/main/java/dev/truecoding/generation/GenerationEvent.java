package dev.truecoding.generation;

import java.time.Instant;

/**
 * One stored event of a run, numbered from 1: {@code progress} as the run goes, {@code failed} once when it ends
 * in failure. The last event of a finished run is either {@code failed} or a {@code progress} at stage ready.
 */
public record GenerationEvent(int id, String kind, GenerationProgress progress, Instant at) {

    public static final String PROGRESS = "progress";
    public static final String FAILED = "failed";

    public boolean isFinal() {
        return kind.equals(FAILED) || progress.stage() == GenerationStage.READY;
    }
}
