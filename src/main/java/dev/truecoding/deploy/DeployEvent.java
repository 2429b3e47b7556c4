package dev.truecoding.deploy;

/**
 * One step of a deploy, as the seed's {@code DeployProgress}: stage and message, and the production URL once
 * the app is live.
 */
public record DeployEvent(String deploymentId, DeployStage stage, String message, String url) {
}
