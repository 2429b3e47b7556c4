package dev.truecoding.deploy;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.truecoding.run.RunProgress;

/**
 * The seed's {@code DeployProgress}: the stage, a message, and the production URL once the app is live. Stored
 * as the kernel's {@link RunProgress}, whose details carry the URL (or, at {@code error}, the log excerpt, which
 * the deployment itself shows).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeployProgress(DeployStage stage, String message, String url) {

    public static DeployProgress of(RunProgress progress) {
        DeployStage stage = DeployStage.fromWireName(progress.stage());
        return new DeployProgress(stage, progress.message(), stage == DeployStage.ERROR ? null : progress.details());
    }
}
