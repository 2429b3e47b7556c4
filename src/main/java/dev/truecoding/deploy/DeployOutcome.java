package dev.truecoding.deploy;

/**
 * How a deploy, switch or restart ended: READY, ERROR or CANCELED. {@code url} is the project's production URL
 * (unchanged across deploys); on ERROR {@code message} says what failed and {@code logExcerpt} carries the part
 * of the log worth reading.
 */
public record DeployOutcome(DeploymentStatus status, String deploymentId, String url, String message, String logExcerpt) {

    public boolean ready() {
        return status == DeploymentStatus.READY;
    }
}
