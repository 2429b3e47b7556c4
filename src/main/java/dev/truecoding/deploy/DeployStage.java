package dev.truecoding.deploy;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.truecoding.run.RunStage;
import dev.truecoding.run.StageSpan;

/**
 * The seed's {@code DeployStage}: where a deployment is ({@code importing} also covers waiting for a build
 * slot), in order, with the part of the run's progress each covers. How it ended is its
 * {@link DeploymentStatus}: {@code error} is the stage of a failed or canceled one.
 */
public enum DeployStage implements RunStage {
    IMPORTING(new StageSpan("importing", "Importing the commit", 0, 10)),
    BUILDING(new StageSpan("building", "Building", 10, 60)),
    DEPLOYING(new StageSpan("deploying", "Starting and switching", 60, 99)),
    READY(StageSpan.last("ready", "Live", 99, 100)),
    ERROR(StageSpan.last("error", "Failed", 100, 100));

    private final StageSpan span;

    DeployStage(StageSpan span) {
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

    @Override
    public boolean drawn() {
        return this != ERROR;
    }

    public static DeployStage fromWireName(String name) {
        for (DeployStage stage : values()) {
            if (stage.wireName().equals(name)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("unknown deploy stage: " + name);
    }
}
