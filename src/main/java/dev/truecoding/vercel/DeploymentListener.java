package dev.truecoding.vercel;

/**
 * Hears what happens while {@link VercelDeployments#awaitCompletion} follows a deployment. Both are called on the
 * following thread, in order: log lines as they appear, each state once when first seen (the first look included).
 */
public interface DeploymentListener {

    DeploymentListener NONE = new DeploymentListener() {
    };

    default void stateChanged(VercelDeployment deployment) {
    }

    default void buildLog(BuildLogLine line) {
    }
}
