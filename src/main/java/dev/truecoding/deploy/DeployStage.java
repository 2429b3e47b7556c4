package dev.truecoding.deploy;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.truecoding.run.RunStage;

/**
 * The seed's {@code DeployStage}: where a deployment is ({@code importing} also covers waiting for a build
 * slot), in order, with the part of the run's progress each covers. How it ended is its
 * {@link DeploymentStatus}: {@code error} is the stage of a failed or canceled one.
 */
public enum DeployStage implements RunStage {
    IMPORTING("importing", "Importing the commit", 0, 10, false),
    BUILDING("building", "Building", 10, 60, false),
    DEPLOYING("deploying", "Starting and switching", 60, 99, false),
    READY("ready", "Live", 99, 100, true),
    ERROR("error", "Failed", 100, 100, true);

    private final String wireName;
    private final String label;
    private final int from;
    private final int to;
    private final boolean ends;

    DeployStage(String wireName, String label, int from, int to, boolean ends) {
        this.wireName = wireName;
        this.label = label;
        this.from = from;
        this.to = to;
        this.ends = ends;
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

    @Override
    public boolean ends() {
        return ends;
    }

    @Override
    public boolean drawn() {
        return this != ERROR;
    }

    public static DeployStage fromWireName(String name) {
        for (DeployStage stage : values()) {
            if (stage.wireName.equals(name)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("unknown deploy stage: " + name);
    }
}
