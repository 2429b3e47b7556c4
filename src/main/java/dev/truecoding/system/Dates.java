package dev.truecoding.system;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages show times: {@code ${@dates.format(project.updatedAt)}} → "2026-11-25 10:40 UTC". */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    public String format(Instant instant) {
        return instant == null ? "—" : FORMAT.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** Stored timestamps are UTC wall-clock times. */
    public String format(LocalDateTime utc) {
        return utc == null ? "—" : FORMAT.format(utc);
    }
}
