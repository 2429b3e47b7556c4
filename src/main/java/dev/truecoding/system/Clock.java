package dev.truecoding.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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

    /** Reads a stored UTC timestamp column as an instant (null stays null). */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
