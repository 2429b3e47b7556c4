package dev.truecoding.deploy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Speaks the generated app's counting route, {@code GET /api/truecoding/counts?table=…[&column=…]} with the app's
 * token: 200 {@code {"rows":N[,"values":M]}}, 404 {@code {"error":…}} when the table or column is not there.
 * Every answer comes within {@link #TIMEOUT} or the count is {@link AppDataCounts.Unavailable}.
 */
final class CountsClient {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** The route's own rule for names; checked here first, so nothing unchecked is ever sent. */
    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT).build();

    /** A count as the app gave it; empty when the table (or column) is not in the app's database. */
    record Count(long rows, OptionalLong values) {
    }

    private CountsClient() {
    }

    static void checkName(String what, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a " + what + " name of the app's database: " + name);
        }
    }

    /**
     * @param baseUrl the app's address, ending in {@code /}
     * @param column  null to count rows only
     */
    static java.util.Optional<Count> count(String baseUrl, String token, String table, String column) {
        checkName("table", table);
        if (column != null) {
            checkName("column", column);
        }
        URI uri = URI.create(baseUrl + "api/truecoding/counts?table=" + URLEncoder.encode(table, StandardCharsets.UTF_8)
                + (column == null ? "" : "&column=" + URLEncoder.encode(column, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET()
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build();
        HttpResponse<String> response;
        try {
            // The whole exchange, body included, is bounded (the request's timeout covers the headers only).
            response = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AppDataCounts.Unavailable("the live app did not answer within " + TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new AppDataCounts.Unavailable(cause instanceof java.net.http.HttpTimeoutException
                    ? "the live app did not answer within " + TIMEOUT.toSeconds() + " s"
                    : "the live app could not be reached (" + (cause instanceof IOException && cause.getMessage() != null
                    ? cause.getMessage() : cause.getClass().getSimpleName()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppDataCounts.Unavailable("counting was interrupted");
        }
        JsonNode body = parse(response.body());
        return switch (response.statusCode()) {
            case 200 -> {
                JsonNode rows = body == null ? null : body.get("rows");
                if (rows == null || !rows.isIntegralNumber() || column != null && !integral(body.get("values"))) {
                    throw new AppDataCounts.Unavailable("the live app's count was not understood");
                }
                yield java.util.Optional.of(new Count(rows.asLong(), column == null ? OptionalLong.empty()
                        : OptionalLong.of(body.get("values").asLong())));
            }
            case 404 -> {
                if (body == null || !body.has("error")) {
                    // Not the route's own 404: an app generated before it had the route.
                    throw new AppDataCounts.Unavailable("the live app cannot count its data yet (it was generated "
                            + "before True Coding could ask it); deploy it again first");
                }
                yield java.util.Optional.empty();
            }
            case 401, 403 -> throw new AppDataCounts.Unavailable("the live app refused True Coding's token; deploy it "
                    + "again so that it has the current one");
            default -> throw new AppDataCounts.Unavailable("the live app answered HTTP " + response.statusCode());
        };
    }

    private static boolean integral(JsonNode node) {
        return node != null && node.isIntegralNumber();
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
