package dev.truecoding.deploy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Previews of the built-in deployer ({@code truecoding.deploy.preview.*}): how long one lives, and how many of a
 * project's run at once (starting one more stops the oldest).
 *
 * @param ttl        from its start until it is stopped and its copy of the data deleted
 * @param maxRunning previews of one project running at once
 */
@ConfigurationProperties("truecoding.deploy.preview")
public record PreviewSettings(@DefaultValue("3d") Duration ttl, @DefaultValue("2") int maxRunning) {

    public PreviewSettings {
        if (ttl.isNegative() || ttl.isZero() || maxRunning < 1) {
            throw new IllegalArgumentException("truecoding.deploy.preview: ttl must be positive and max-running at least 1");
        }
    }

    public static PreviewSettings defaults() {
        return new PreviewSettings(Duration.ofDays(3), 2);
    }
}
