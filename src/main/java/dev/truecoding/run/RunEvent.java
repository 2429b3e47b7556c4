package dev.truecoding.run;

import java.time.Instant;

/**
 * One stored event of a run, numbered from 1: {@code progress} as the run goes, {@code log} lines of a build,
 * {@code failed} when a run ends in failure at the stage it reached.
 */
public record RunEvent(int id, String kind, RunProgress progress, Instant at) {

    public static final String PROGRESS = "progress";
    public static final String LOG = "log";
    public static final String FAILED = "failed";
}
