package dev.truecoding.connection;

import org.springframework.http.HttpHeaders;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What GitHub's and Vercel's rate limits have in common: the {@code retry-after} header (seconds), a reset time
 * in epoch seconds, and the sentence a person reads when True Coding will not wait that long.
 */
public final class RateLimits {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private RateLimits() {
    }

    /** The {@code retry-after} header's seconds, or null when it is absent or not a number of seconds. */
    public static Duration retryAfter(HttpHeaders headers) {
        String value = headers.getFirst("retry-after");
        return value != null && value.strip().matches("\\d{1,9}") ? Duration.ofSeconds(Long.parseLong(value.strip())) : null;
    }

    /** How long until a reset given in epoch seconds (never negative), or null when {@code reset} is not one. */
    public static Duration untilReset(String reset) {
        if (reset == null || !reset.strip().matches("\\d{1,12}")) {
            return null;
        }
        Duration until = Duration.between(Instant.now(), Instant.ofEpochSecond(Long.parseLong(reset.strip())));
        return until.isNegative() ? Duration.ZERO : until;
    }

    /** "GitHub's rate limit is reached; it accepts calls again at 14:05:00 UTC. Try again then." */
    public static String reached(String provider, Instant retryAt) {
        return provider + "'s rate limit is reached; it accepts calls again at " + TIME.format(retryAt) + ". Try again then.";
    }
}
