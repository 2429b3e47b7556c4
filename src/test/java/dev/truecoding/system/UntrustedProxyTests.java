package dev.truecoding.system;

import dev.truecoding.support.CookieClient;
import dev.truecoding.support.H2;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With only another address configured as the proxy, this machine's {@code X-Forwarded-*} headers change nothing:
 * not the scheme, not the host, and not the client address the sign-in throttle counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "truecoding.data-dir=target/test-data-untrusted-proxy",
        "server.tomcat.remoteip.internal-proxies=10\\.9\\.8\\.7"})
class UntrustedProxyTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("truecoding.database-url", H2::newUrl);
    }

    @LocalServerPort
    int port;

    @Test
    void forwardedHeadersFromAnAddressThatIsNotAProxyAreIgnored() throws Exception {
        String base = "http://localhost:" + port;
        String token = new CookieClient().signUpAndCreateToken(base, "proxy-" + UUID.randomUUID() + "@example.com");
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/projects"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Not proxied\"}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location").orElseThrow()).startsWith(base + "/api/projects/");
        assertThat(ServerRequestTests.sessionCookie(http, base, "https")).doesNotContain("Secure");
    }

    @Test
    void aClaimedClientAddressDoesNotEscapeTheSignInThrottle() throws Exception {
        String base = "http://localhost:" + port;
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        for (int i = 0; i < 11; i++) {
            signIn(browser, base, "nobody-" + UUID.randomUUID() + "@example.com", "203.0.113." + i);
        }

        String page = signIn(browser, base, "someone-" + UUID.randomUUID() + "@example.com", "198.51.100.77");
        assertThat(page).contains("Too many failed sign-ins from your network address");
    }

    /** A wrong password through the real form, claiming to come from {@code forwardedFor}; the page it ends on. */
    private static String signIn(HttpClient browser, String base, String email, String forwardedFor) throws Exception {
        String form = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        var csrf = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        String body = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
                + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=wrong+password";
        return browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
