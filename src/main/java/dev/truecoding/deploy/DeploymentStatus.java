package dev.truecoding.deploy;

/** The seed's {@code deployment_status}. */
public enum DeploymentStatus {
    QUEUED, BUILDING, READY, ERROR, CANCELED;

    public boolean active() {
        return this == QUEUED || this == BUILDING;
    }
}
