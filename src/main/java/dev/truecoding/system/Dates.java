package dev.truecoding.system;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How pages show times: {@code ${@dates.format(project.updatedAt)}} → "2026-11-25 07:40 GMT-03:00", in the person's own
 * time zone and the page's language ("25/11/2026 07:40 BRT" in Portuguese: the pattern is {@code dates.pattern} of
 * the bundles). The browser reports the zone in the {@value #ZONE_COOKIE} cookie (set by {@code app.js}); until it
 * has, and for a zone Java does not know, times are UTC and say so.
 */
@Component("dates")
public class Dates {

    public static final String ZONE_COOKIE = "tz";

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Pattern ZONE_NAME = Pattern.compile("[A-Za-z0-9_+\\-/]{1,64}");

    public String format(Instant instant) {
        return instant == null ? "—" : format(LocaleContextHolder.getLocaleContext() == null ? Locale.ENGLISH
                : LocaleContextHolder.getLocale()).format(instant.atZone(zone()));
    }

    /** Stored timestamps are UTC wall-clock times. */
    public String format(LocalDateTime utc) {
        return utc == null ? "—" : format(utc.toInstant(ZoneOffset.UTC));
    }

    private static DateTimeFormatter format(Locale locale) {
        return DateTimeFormatter.ofPattern(Phrases.say(Phrase.of("dates.pattern"), locale), locale);
    }

    /** The person's time zone, from the current request's cookie; UTC outside a request or without one. */
    static ZoneId zone() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return UTC;
        }
        return zoneOf(attributes.getRequest());
    }

    static ZoneId zoneOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return UTC;
        }
        for (Cookie cookie : cookies) {
            if (ZONE_COOKIE.equals(cookie.getName()) && cookie.getValue() != null) {
                String name = java.net.URLDecoder.decode(cookie.getValue(), java.nio.charset.StandardCharsets.UTF_8);
                if (ZONE_NAME.matcher(name).matches()) {
                    try {
                        return ZoneId.of(name);
                    } catch (DateTimeException unknown) {
                        return UTC;
                    }
                }
            }
        }
        return UTC;
    }
}
