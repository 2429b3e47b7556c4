package dev.truecoding.deploy;

import java.util.Locale;

/** Where a deploy is; the seed's {@code DeployProgress.stage} values are the lower-case names. */
public enum DeployStage {
    QUEUED, BUILDING, DEPLOYING, READY, ERROR, CANCELED;

    /** The name on the wire: {@code building}, {@code ready}… */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
