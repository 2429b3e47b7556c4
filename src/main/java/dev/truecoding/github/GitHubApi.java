package dev.truecoding.github;

import dev.truecoding.connection.RateLimits;
import dev.truecoding.github.GitHubException.Reason;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GitHub's REST API on the wire: the headers GitHub asks for, JSON in and out, errors turned into
 * {@link GitHubException}s fit for people, and rate limits waited out when the wait is short enough.
 * Requests and tokens are never logged.
 */
@Component
class GitHubApi {

    static final String API_VERSION = "2022-11-28";

    private final RestClient http;
    private final JsonMapper json;
    private final GitHubSettings settings;

    GitHubApi(JsonMapper json, GitHubSettings settings) {
        this.json = json;
        this.settings = settings;
        this.http = client();
    }

    /** Bounded waits, so a GitHub that stops answering fails the call instead of holding a generation forever. */
    static RestClient client() {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        var requestFactory = new JdkClientHttpRequestFactory(client);
        requestFactory.setReadTimeout(Duration.ofSeconds(60));
        return RestClient.builder().requestFactory(requestFactory).build();
    }

    /** An answer with a 2xx status: its JSON body (a {@code NullNode} when empty). */
    JsonNode call(String token, HttpMethod method, String path, Object body) {
        return send(token, method, path, body).body();
    }

    /** An answer with a 2xx status, headers included. */
    Response send(String token, HttpMethod method, String path, Object body) {
        for (int attempt = 0; ; attempt++) {
            Response response = exchange(token, method, path, body);
            if (response.status() / 100 == 2) {
                return response;
            }
            Duration wait = rateLimitWait(response, attempt);
            if (wait == null) {
                throw failure(method, path, response);
            }
            Instant retryAt = Instant.now().plus(wait);
            if (attempt >= settings.rateLimitRetries() || wait.compareTo(settings.rateLimitMaxWait()) > 0) {
                throw new GitHubException(Reason.RATE_LIMITED, response.status(), RateLimits.reached("GitHub", retryAt),
                        retryAt, response.message());
            }
            sleep(wait);
        }
    }

    JsonNode get(String token, String path) {
        return call(token, HttpMethod.GET, path, null);
    }

    private Response exchange(String token, HttpMethod method, String path, Object body) {
        try {
            var request = http.method(method).uri(URI.create(settings.apiUrl() + path))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .header(HttpHeaders.ACCEPT, "application/vnd.github+json")
                    .header("X-GitHub-Api-Version", API_VERSION)
                    .header(HttpHeaders.USER_AGENT, "TrueCoding");
            if (body != null) {
                // Bytes, not a converter: converters log bodies at DEBUG, and these carry the person's code.
                byte[] bytes = json.writeValueAsBytes(body);
                request.contentType(MediaType.APPLICATION_JSON).body(output -> output.write(bytes));
            }
            return request.exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                    parse(new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8))));
        } catch (ResourceAccessException e) {
            throw new GitHubException(Reason.UNAVAILABLE, 0, "Could not reach GitHub at " + settings.apiUrl() + ". Try again later.");
        }
    }

    /**
     * How long to wait before retrying, or null when this is not a rate limit. Follows GitHub's guidance:
     * {@code retry-after} seconds; else the reset time when none remain; else at least a minute, doubling.
     */
    private static Duration rateLimitWait(Response response, int attempt) {
        if (response.status() != 403 && response.status() != 429) {
            return null;
        }
        Duration retryAfter = RateLimits.retryAfter(response.headers());
        if (retryAfter != null) {
            return retryAfter;
        }
        Duration untilReset = RateLimits.untilReset(response.headers().getFirst("x-ratelimit-reset"));
        if ("0".equals(response.headers().getFirst("x-ratelimit-remaining")) && untilReset != null) {
            return untilReset;
        }
        if (response.status() == 429 || response.message().toLowerCase(Locale.ROOT).contains("rate limit")) {
            return Duration.ofMinutes(1L << Math.min(attempt, 4));
        }
        return null;
    }

    private GitHubException failure(HttpMethod method, String path, Response response) {
        String call = method.name() + " " + path;
        return switch (response.status()) {
            case 401 -> new GitHubException(Reason.BAD_CREDENTIALS, 401,
                    "GitHub no longer accepts the saved token (revoked or expired). Reconnect GitHub in Settings → GitHub.",
                    null, response.message());
            case 403, 404 -> new GitHubException(Reason.NOT_FOUND_OR_FORBIDDEN, response.status(),
                    "GitHub answered " + response.status() + " to " + call
                            + ": it does not exist, or the connected token may not see or change it.", null, response.message());
            case 409 -> new GitHubException(Reason.CONFLICT, 409,
                    "GitHub answered 409 Conflict to " + call + ": " + response.message(), null, response.message());
            case 422 -> new GitHubException(Reason.UNPROCESSABLE, 422,
                    "GitHub refused " + call + ": " + response.message(), null, response.message());
            default -> new GitHubException(Reason.UNAVAILABLE, response.status(),
                    "GitHub answered " + response.status() + " to " + call + ". Try again later.", null, response.message());
        };
    }

    private JsonNode parse(String body) {
        if (body.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (JacksonException notJson) {
            return NullNode.getInstance();
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitHubException(Reason.UNAVAILABLE, 0, "Interrupted while waiting for GitHub's rate limit.");
        }
    }

    record Response(int status, HttpHeaders headers, JsonNode body) {

        /** GitHub's {@code message} and each {@code errors[].message} (or code), e.g. "Repository creation failed.: name already exists on this account". */
        String message() {
            List<String> parts = new ArrayList<>();
            if (body.hasNonNull("message")) {
                parts.add(body.get("message").asString());
            }
            if (body.has("errors") && body.get("errors").isArray()) {
                for (JsonNode error : body.get("errors")) {
                    if (error.hasNonNull("message")) {
                        parts.add(error.get("message").asString());
                    } else if (error.hasNonNull("code")) {
                        parts.add(error.path("field").asString("") + " " + error.get("code").asString());
                    } else if (error.isString()) {
                        parts.add(error.asString());
                    }
                }
            }
            return parts.isEmpty() ? "(no message)" : String.join(": ", parts);
        }
    }
}
