package dev.truecoding.deploy;

import dev.truecoding.system.Phrase;
import dev.truecoding.toolchain.BoundedLog;
import dev.truecoding.toolchain.LogExcerpt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends stages and lines to the listener and the build log; a failing listener does not stop the deploy. */
final class Progress {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);
    private static final int EXCERPT_CHARS = 6000;

    final DeployListener listener;
    final String deploymentId;
    final BoundedLog buildLog;

    Progress(DeployListener listener, String deploymentId, BoundedLog buildLog) {
        this.listener = listener == null ? DeployListener.NONE : listener;
        this.deploymentId = deploymentId;
        this.buildLog = buildLog;
    }

    void stage(DeployStage stage, String message) {
        emit(stage, message, null);
    }

    /** A step said as a phrase: its English in the build log, the phrase for the run's events. */
    void stage(DeployStage stage, Phrase message) {
        String english = message.english();
        buildLog.append("== " + stage.wireName() + ": " + english);
        try {
            listener.progress(new DeployProgress(stage, english, null), message);
        } catch (RuntimeException e) {
            log.warn("A deploy listener failed", e);
        }
    }

    void emit(DeployStage stage, String message, String url) {
        buildLog.append("== " + stage.wireName() + ": " + message);
        try {
            listener.progress(new DeployProgress(stage, message, url));
        } catch (RuntimeException e) {
            log.warn("A deploy listener failed", e);
        }
    }

    void line(String line) {
        buildLog.append(line);
        try {
            listener.log(line);
        } catch (RuntimeException e) {
            log.warn("A deploy listener failed", e);
        }
    }

    /** Reports ERROR; the outcome carries the part of {@code log} worth reading. */
    DeployOutcome failed(String message, String log) {
        stage(DeployStage.ERROR, message);
        return new DeployOutcome(DeploymentStatus.ERROR, deploymentId, null, message,
                LogExcerpt.of(log, EXCERPT_CHARS));
    }

    DeployOutcome canceled() {
        stage(DeployStage.ERROR, "Canceled");
        return new DeployOutcome(DeploymentStatus.CANCELED, deploymentId, null, "Canceled", "");
    }
}
