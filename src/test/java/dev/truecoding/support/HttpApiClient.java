package dev.truecoding.support;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * {@link ApiClient} over HTTP on a running server, as a script would call it with a personal access token. A server
 * that does not answer fails the call after {@link #ANSWER_TIMEOUT} instead of hanging the suite.
 */
public final class HttpApiClient extends ApiClient {

    /** Longest wait for an answer to begin; a stream's events may go on after it as long as the server sends them. */
    static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    public HttpApiClient(String baseUrl, String token, JsonMapper json) {
        super(json);
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** A new person signed up through the real form, with a token made from that session (as in a browser). */
    public static HttpApiClient signUp(String baseUrl, JsonMapper json) throws IOException, InterruptedException {
        return new HttpApiClient(baseUrl, new CookieClient().signUpAndCreateToken(baseUrl,
                "person-" + UUID.randomUUID() + "@example.com"), json);
    }

    public String token() {
        return token;
    }

    @Override
    public Answer send(String method, String path, Object body) throws Exception {
        HttpResponse<String> response = http.send(request(method, path, body, "application/json"),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    /** Reads the stream as it comes, to the server's end of it; a refusal (not 200) is an assertion error. */
    @Override
    public List<SseEvent> stream(String method, String path, Object body) throws Exception {
        HttpResponse<java.util.stream.Stream<String>> response = http.send(request(method, path, body, "text/event-stream"),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode());
        }
        return SseEvent.read(response.body(), json);
    }

    private HttpRequest request(String method, String path, Object body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token).header("Accept", accept).timeout(ANSWER_TIMEOUT);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(text(body))).build();
    }
}
