package dev.truecoding.deploy;

import java.time.Instant;

/**
 * One stored event of a deployment, numbered from 1: a {@code progress} step (the seed's DeployProgress), or a
 * {@code log} line of its build or start, carried in {@code progress.message}.
 */
public record DeploymentEvent(int id, String kind, DeployProgress progress, Instant at) {

    public static final String PROGRESS = "progress";
    public static final String LOG = "log";

    public boolean isFinal() {
        return kind.equals(PROGRESS) && progress.isFinal();
    }
}
