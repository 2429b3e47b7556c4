package dev.truecoding.vercel;

import dev.truecoding.connection.RateLimits;
import dev.truecoding.vercel.VercelException.Reason;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Vercel's REST API on the wire (shared/reference/wire-formats.md §5; https://vercel.com/docs/rest-api): bearer
 * token, {@code teamId} on every call when a team is connected, JSON in and out, errors
 * ({@code {"error":{"code","message"}}}, https://vercel.com/docs/rest-api/errors) turned into {@link VercelException}s
 * fit for people. 429s are waited out per {@code retry-after} or {@code x-ratelimit-reset} (epoch seconds,
 * https://vercel.com/docs/limits) when the wait is short enough, and 5xx answers retried with a doubling backoff.
 * <p>
 * Retrying is safe for every call True Coding makes: project creation converges through its 409, variables are
 * upserted, reads and cancel/promote are idempotent; at worst a retried deployment builds the same commit twice.
 * Requests and tokens are never logged.
 */
@Component
class VercelApi {


    private final RestClient http = client();
    private final JsonMapper json;
    private final VercelSettings settings;

    VercelApi(JsonMapper json, VercelSettings settings) {
        this.json = json;
        this.settings = settings;
    }

    /** Bounded waits, so a Vercel that stops answering fails the call instead of holding a deploy forever. */
    static RestClient client() {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        var requestFactory = new JdkClientHttpRequestFactory(client);
        requestFactory.setReadTimeout(Duration.ofSeconds(60));
        return RestClient.builder().requestFactory(requestFactory).build();
    }

    JsonNode get(VercelCredentials credentials, String path) {
        return call(credentials, HttpMethod.GET, path, Map.of(), null);
    }

    /** An answer with a 2xx status: its JSON body (a {@code NullNode} when empty). */
    JsonNode call(VercelCredentials credentials, HttpMethod method, String path, Map<String, String> query, Object body) {
        int rateLimited = 0;
        int failed = 0;
        while (true) {
            Response response = exchange(credentials, method, path, query, body);
            if (response.status() / 100 == 2) {
                return response.body();
            }
            if (response.status() == 429) {
                Duration wait = rateLimitWait(response, rateLimited);
                Instant retryAt = Instant.now().plus(wait);
                if (rateLimited++ >= settings.rateLimitRetries() || wait.compareTo(settings.rateLimitMaxWait()) > 0) {
                    throw new VercelException(Reason.RATE_LIMITED, 429, response.code(), RateLimits.reached("Vercel", retryAt),
                            retryAt);
                }
                sleep(wait);
            } else if (response.status() == 0 || response.status() >= 500) {
                if (failed >= settings.serverErrorRetries()) {
                    throw unavailable(method, path, response, failed + 1);
                }
                sleep(settings.serverErrorBackoff().multipliedBy(1L << Math.min(failed++, 6)));
            } else {
                throw failure(method, path, response);
            }
        }
    }

    /** A path segment from a value (project name, id), percent-encoded. */
    static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }

    private Response exchange(VercelCredentials credentials, HttpMethod method, String path, Map<String, String> query, Object body) {
        Map<String, String> parameters = new LinkedHashMap<>(query);
        if (credentials.hasTeam()) {
            parameters.put("teamId", credentials.teamId());
        }
        StringBuilder uri = new StringBuilder(settings.apiUrl()).append(path);
        parameters.forEach((name, value) -> uri.append(uri.indexOf("?") < 0 ? '?' : '&')
                .append(UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8)).append('=')
                .append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8)));
        try {
            var request = http.method(method).uri(URI.create(uri.toString()))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + credentials.token())
                    .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                    .header(HttpHeaders.USER_AGENT, "TrueCoding");
            if (body != null) {
                // Bytes, not a converter: converters log bodies at DEBUG, and these carry secret variable values.
                byte[] bytes = json.writeValueAsBytes(body);
                request.contentType(MediaType.APPLICATION_JSON).body(output -> output.write(bytes));
            }
            return request.exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                    parse(new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8))));
        } catch (ResourceAccessException e) {
            return new Response(0, new HttpHeaders(), NullNode.getInstance());
        }
    }

    /**
     * {@code retry-after} seconds when sent; else {@code x-ratelimit-reset} (epoch seconds); else the body's
     * {@code error.limit.reset}; else a doubling guess from one second.
     */
    private static Duration rateLimitWait(Response response, int attempt) {
        Duration retryAfter = RateLimits.retryAfter(response.headers());
        if (retryAfter != null) {
            return retryAfter;
        }
        Duration untilReset = RateLimits.untilReset(response.headers().getFirst("x-ratelimit-reset"));
        if (untilReset == null && response.body().path("error").path("limit").hasNonNull("reset")) {
            untilReset = RateLimits.untilReset(response.body().path("error").path("limit").path("reset").asString());
        }
        if (untilReset != null) {
            return untilReset;
        }
        return Duration.ofSeconds(1L << Math.min(attempt, 6));
    }

    private static VercelException failure(HttpMethod method, String path, Response response) {
        String call = method.name() + " " + path;
        String said = response.said();
        return switch (response.status()) {
            case 401 -> unauthorized(response);
            case 403 -> response.body().path("error").path("invalidToken").asBoolean(false)
                    ? unauthorized(response)
                    : new VercelException(Reason.FORBIDDEN, 403, response.code(), "Vercel refused " + call + said
                    + ": the connected token lacks the scope or team access for it. Reconnect Vercel in Settings → Vercel "
                    + "with access to the right account or team.", null);
            case 404 -> new VercelException(Reason.NOT_FOUND, 404, response.code(), "Vercel has nothing at " + call + said
                    + ": it was deleted, or belongs to another account or team than the one connected.", null);
            case 409 -> new VercelException(Reason.CONFLICT, 409, response.code(), "Vercel answered 409 Conflict to " + call + said + ".", null);
            default -> new VercelException(Reason.REFUSED, response.status(), response.code(),
                    "Vercel refused " + call + " (" + response.status() + ")" + said + ".", null);
        };
    }

    private static VercelException unauthorized(Response response) {
        return new VercelException(Reason.UNAUTHORIZED, response.status(), response.code(),
                "Vercel no longer accepts the saved token (revoked, expired or removed with the integration). "
                        + "Reconnect Vercel in Settings → Vercel.", null);
    }

    private VercelException unavailable(HttpMethod method, String path, Response response, int attempts) {
        String answer = response.status() == 0 ? "could not be reached at " + settings.apiUrl()
                : "answered " + response.status() + response.said() + " to " + method.name() + " " + path;
        return new VercelException(Reason.UNAVAILABLE, response.status(), response.code(),
                "Vercel " + answer + " (" + attempts + (attempts == 1 ? " try" : " tries") + "). Try again later.", null);
    }

    /** JSON, or for a stream answer ({@code application/stream+json}) one JSON value per line, as an array. */
    private JsonNode parse(String body) {
        if (body.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (JacksonException notOneValue) {
            try {
                ArrayNode lines = json.createArrayNode();
                for (String line : body.split("\n")) {
                    if (!line.isBlank()) {
                        lines.add(json.readTree(line));
                    }
                }
                return lines;
            } catch (JacksonException notJson) {
                return NullNode.getInstance();
            }
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VercelException(Reason.UNAVAILABLE, 0, "Interrupted while waiting to call Vercel again.");
        }
    }

    record Response(int status, HttpHeaders headers, JsonNode body) {

        /** Vercel's {@code error.code}, or null. */
        String code() {
            JsonNode code = body.path("error").path("code");
            return code.isString() ? code.asString() : null;
        }

        /** " (code: message)" from Vercel's error body, or "" when it sent none. */
        String said() {
            JsonNode error = body.path("error");
            String message = error.path("message").isString() ? error.path("message").asString() : "";
            String code = code();
            if (message.isBlank() && code == null) {
                return "";
            }
            return " (" + (code == null ? "" : code + (message.isBlank() ? "" : ": ")) + message + ")";
        }
    }
}
