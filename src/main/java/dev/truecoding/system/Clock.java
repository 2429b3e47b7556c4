package dev.truecoding.system;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The seed's timestamps are {@code TIMESTAMP} without time zone: True Coding always writes UTC, truncated to
 * microseconds (PostgreSQL's precision) so a value read back equals the value written.
 */
public final class Clock {

    private Clock() {
    }

    public static LocalDateTime nowUtc() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
