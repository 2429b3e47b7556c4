package dev.truecoding.system;

import dev.truecoding.support.CookieClient;
import dev.truecoding.support.H2;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** With only another address configured as the proxy, this machine's {@code X-Forwarded-*} headers change nothing. */
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
}
