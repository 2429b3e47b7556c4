package dev.truecoding.system;

import jakarta.servlet.http.Cookie;
import org.springframework.context.i18n.LocaleContextHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Times read in the person's own zone, as the browser reported it; UTC, labelled, when it has not or cannot. */
class DatesTests {

    private static final Instant TEN_FORTY_UTC = Instant.parse("2026-11-25T10:40:00Z");
    private final Dates dates = new Dates();

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theBrowsersZoneIsUsedWithItsName() {
        inRequestWithZone("America/Sao_Paulo");
        assertThat(dates.format(TEN_FORTY_UTC)).isEqualTo("2026-11-25 07:40 GMT-03:00");
        assertThat(dates.format(LocalDateTime.parse("2026-11-25T10:40:00"))).isEqualTo("2026-11-25 07:40 GMT-03:00");
        inRequestWithZone("Europe%2FLisbon");
        assertThat(dates.format(TEN_FORTY_UTC)).isEqualTo("2026-11-25 10:40 WET");
    }

    @Test
    void withoutAZoneOrWithANonsenseOneTimesAreUtcAndSaySo() {
        assertThat(dates.format(TEN_FORTY_UTC)).isEqualTo("2026-11-25 10:40 UTC");
        inRequestWithZone("Mars/Olympus_Mons");
        assertThat(dates.format(TEN_FORTY_UTC)).isEqualTo("2026-11-25 10:40 UTC");
        inRequestWithZone("<script>");
        assertThat(dates.format(TEN_FORTY_UTC)).isEqualTo("2026-11-25 10:40 UTC");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(dates.format(TEN_FORTY_UTC)).isEqualTo("2026-11-25 10:40 UTC");
        assertThat(dates.format((Instant) null)).isEqualTo("—");
    }

    @Test
    void aPortuguesePageWritesTheDayFirstAndNamesTheZoneInPortuguese() {
        inRequestWithZone("America/Sao_Paulo");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("pt-BR"));
        try {
            assertThat(dates.format(TEN_FORTY_UTC)).isEqualTo("25/11/2026 07:40 BRT");
            LocaleContextHolder.setLocale(Locale.forLanguageTag("fr-FR")); // a language without a bundle: English's
            assertThat(dates.format(TEN_FORTY_UTC)).startsWith("2026-11-25 07:40");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static void inRequestWithZone(String zone) {
        var request = new MockHttpServletRequest();
        request.setCookies(new Cookie(Dates.ZONE_COOKIE, zone));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
