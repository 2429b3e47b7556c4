package dev.truecoding.toolchain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How people's code is confined ({@code truecoding.sandbox.*}; README lists the environment names).
 *
 * @param mode           {@code auto}: bubblewrap when it works here, else people's code is refused; {@code off}: run
 *                       it unconfined, for a single-user machine only
 * @param uid            the user people's code runs as when True Coding runs as root (65534 is {@code nobody})
 * @param gid            its group
 * @param maxProcesses   processes and threads of that user at once (when True Coding runs as root)
 * @param cpuTime        CPU time of each process of a build, test or install (not of a running app)
 * @param maxFileMb      largest file a command may write
 * @param buildHeapMb    V8 heap of node in builds and tests ({@code --max-old-space-size})
 */
@ConfigurationProperties("truecoding.sandbox")
public record SandboxSettings(
        @DefaultValue("auto") String mode,
        @DefaultValue("65534") int uid,
        @DefaultValue("65534") int gid,
        @DefaultValue("2048") int maxProcesses,
        @DefaultValue("30m") Duration cpuTime,
        @DefaultValue("2048") int maxFileMb,
        @DefaultValue("3072") int buildHeapMb) {

    public SandboxSettings {
        if (!"auto".equals(mode) && !"off".equals(mode) && !"bwrap".equals(mode)) {
            throw new IllegalArgumentException("truecoding.sandbox.mode (TRUECODING_SANDBOX) must be auto, bwrap or off, not "
                    + mode);
        }
        if (uid <= 0 || gid <= 0) {
            throw new IllegalArgumentException("truecoding.sandbox.uid and gid must not be root's");
        }
    }

    /** As configured by {@code TRUECODING_SANDBOX} alone, for the command line and tests. */
    public static SandboxSettings defaults() {
        String mode = System.getenv().getOrDefault("TRUECODING_SANDBOX", "auto");
        return new SandboxSettings(mode.isBlank() ? "auto" : mode, 65534, 65534, 2048, Duration.ofMinutes(30),
                2048, 3072);
    }

    boolean off() {
        return "off".equals(mode);
    }
}
