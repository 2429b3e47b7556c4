package dev.truecoding.deploy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The built-in deployer's bounds and URL scheme ({@code truecoding.deploy.*}; README lists the environment names).
 *
 * @param baseDomain         apps live at {@code <slug>.<baseDomain>}; {@code localhost} works in browsers with no DNS
 * @param publicScheme       scheme of the production URL ({@code https} behind a TLS proxy)
 * @param publicPort         port in the production URL; 0 means True Coding's own port; 80/443 are left out
 * @param concurrentBuilds   builds running at once; others wait, reported as {@code queued}
 * @param buildTimeout       install plus build
 * @param healthCheckTimeout from start until the app answers 200
 * @param stopTimeout        between the polite stop (SIGTERM) and the forced one
 * @param memoryLimitMb      V8 heap of each app ({@code --max-old-space-size})
 * @param logLimitKib        the end of each build and run log kept on disk
 * @param keptBuilds         builds kept per project for rollback (the live one is never deleted)
 * @param maxRequestBytes    largest request body the proxy forwards to an app
 * @param restoreOnStart     start the live apps again when True Coding starts
 * @param snapshotLimitMb    database snapshots kept per project (for undo), oldest removed first beyond this; the
 *                           one undoing the live version needs is always kept
 */
@ConfigurationProperties("truecoding.deploy")
public record DeploySettings(
        @DefaultValue("localhost") String baseDomain,
        @DefaultValue("http") String publicScheme,
        @DefaultValue("0") int publicPort,
        @DefaultValue("1") int concurrentBuilds,
        @DefaultValue("10m") Duration buildTimeout,
        @DefaultValue("90s") Duration healthCheckTimeout,
        @DefaultValue("10s") Duration stopTimeout,
        @DefaultValue("1024") int memoryLimitMb,
        @DefaultValue("256") int logLimitKib,
        @DefaultValue("3") int keptBuilds,
        @DefaultValue("10485760") long maxRequestBytes,
        @DefaultValue("true") boolean restoreOnStart,
        @DefaultValue("1024") long snapshotLimitMb) {

    /** The default snapshot limit, in MB. */
    public static final long SNAPSHOT_LIMIT_MB = 1024;

    @ConstructorBinding
    public DeploySettings {
        if (concurrentBuilds < 1 || keptBuilds < 1 || memoryLimitMb < 64 || logLimitKib < 1 || snapshotLimitMb < 0) {
            throw new IllegalArgumentException("truecoding.deploy: concurrent-builds and kept-builds must be at "
                    + "least 1, memory-limit-mb at least 64, log-limit-kib at least 1, snapshot-limit-mb at least 0");
        }
    }

    /** The settings with the default snapshot limit. */
    public DeploySettings(String baseDomain, String publicScheme, int publicPort, int concurrentBuilds,
                          Duration buildTimeout, Duration healthCheckTimeout, Duration stopTimeout, int memoryLimitMb,
                          int logLimitKib, int keptBuilds, long maxRequestBytes, boolean restoreOnStart) {
        this(baseDomain, publicScheme, publicPort, concurrentBuilds, buildTimeout, healthCheckTimeout, stopTimeout,
                memoryLimitMb, logLimitKib, keptBuilds, maxRequestBytes, restoreOnStart, SNAPSHOT_LIMIT_MB);
    }

    public long snapshotLimitBytes() {
        return snapshotLimitMb * 1024 * 1024;
    }

    public static DeploySettings defaults() {
        return new DeploySettings("localhost", "http", 0, 1, Duration.ofMinutes(10), Duration.ofSeconds(90),
                Duration.ofSeconds(10), 1024, 256, 3, 10 * 1024 * 1024, true);
    }
}
