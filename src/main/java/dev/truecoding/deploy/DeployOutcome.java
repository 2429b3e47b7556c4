package dev.truecoding.deploy;

/**
 * How a deploy, switch or restart ended. {@code url} is the project's production URL (unchanged across deploys);
 * on ERROR {@code message} says what failed and {@code logExcerpt} carries the part of the log worth reading.
 */
public record DeployOutcome(Status status, String deploymentId, String url, String message, String logExcerpt) {

    public enum Status { READY, ERROR, CANCELED }

    public boolean ready() {
        return status == Status.READY;
    }
}
