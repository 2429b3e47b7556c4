package dev.truecoding.deploy;

import dev.truecoding.system.Phrase;

/** Hears a deploy as it happens: its stages, and each line the build and the starting app print. */
@FunctionalInterface
public interface DeployListener {

    DeployListener NONE = progress -> {
    };

    void progress(DeployProgress progress);

    /**
     * {@code progress}, whose message is {@code phrase} in English: a listener that stores it for pages (the run's
     * events) keeps the phrase, so each reader sees the step in their language.
     */
    default void progress(DeployProgress progress, Phrase phrase) {
        progress(progress);
    }

    /** A line of the build or start log (also kept in the deployment's log files). */
    default void log(String line) {
    }
}
