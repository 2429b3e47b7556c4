package dev.truecoding.deploy;

import dev.truecoding.run.RunEvent;

import java.time.Instant;

/**
 * One stored event of a deployment as the API shows it, numbered from 1: a {@code progress} step (the seed's
 * DeployProgress), or {@code log} lines of its build or start, carried in {@code progress.message}.
 */
public record DeploymentEvent(int id, String kind, DeployProgress progress, Instant at) {

    public static DeploymentEvent of(RunEvent event) {
        return new DeploymentEvent(event.id(), event.kind(), DeployProgress.of(event.progress()), event.at());
    }
}
