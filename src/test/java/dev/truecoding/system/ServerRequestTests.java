package dev.truecoding.system;

import dev.truecoding.support.CookieClient;
import dev.truecoding.support.H2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real server shows: chunked bodies (no declared length), the {@code Location} of a created
 * project, and {@code X-Forwarded-*} from a proxy on this machine, which is trusted by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "truecoding.data-dir=target/test-data-server-requests")
class ServerRequestTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("truecoding.database-url", H2::newUrl);
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    String token;

    @BeforeEach
    void signUp() throws Exception {
        token = new CookieClient().signUpAndCreateToken(base(), "server-" + UUID.randomUUID() + "@example.com");
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413LikeASizedOne() throws Exception {
        HttpResponse<String> response = postChunked("{\"name\":\"" + "x".repeat(1_100_000) + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413").contains("larger than 1048576 bytes");
        assertThat(list()).isEqualTo("[]");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAndChecked() throws Exception {
        assertThat(postChunked("{\"name\":\"Chunked\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> nul = postChunked("{\"name\":\"Chun\\u0000ked\"}");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("\"field\":\"name\"");
        assertThat(list()).contains("\"name\":\"Chunked\"").doesNotContain("Chun\\u0000ked");
    }

    @Test
    void theLocationOfACreatedProjectNeverCarriesTheQueryString() throws Exception {
        HttpResponse<String> created = http.send(json(URI.create(base() + "/api/projects?next=https://evil.example/&x=1"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Located\"}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location").orElseThrow())
                .matches("http://localhost:" + port + "/api/projects/c[a-z0-9]{24}");
    }

    @Test
    void forwardedHeadersFromALoopbackProxyAreHonoured() throws Exception {
        HttpResponse<String> created = http.send(json(URI.create(base() + "/api/projects"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "truecoding.example.com")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Behind a proxy\"}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(created.headers().firstValue("Location").orElseThrow()).startsWith("https://truecoding.example.com/api/projects/");
        assertThat(sessionCookie(http, base(), "https")).contains("Secure");
    }

    /** The session cookie a first visit to the sign-in page gets (its CSRF token lives in the session). */
    static String sessionCookie(HttpClient http, String base, String forwardedProto) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("X-Forwarded-Proto", forwardedProto).build(), HttpResponse.BodyHandlers.ofString());
        return page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("TRUECODING_SESSION=")).findFirst().orElseThrow();
    }

    private HttpResponse<String> postChunked(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        // An input stream of unknown length: the client sends it with Transfer-Encoding: chunked.
        return http.send(json(URI.create(base() + "/api/projects"))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String list() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/api/projects")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpRequest.Builder json(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
