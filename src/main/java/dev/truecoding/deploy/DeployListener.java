package dev.truecoding.deploy;

/** Hears a deploy as it happens: its stages, and each line the build and the starting app print. */
@FunctionalInterface
public interface DeployListener {

    DeployListener NONE = progress -> {
    };

    void progress(DeployProgress progress);

    /** A line of the build or start log (also kept in the deployment's log files). */
    default void log(String line) {
    }
}
