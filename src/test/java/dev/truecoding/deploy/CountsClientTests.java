package dev.truecoding.deploy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The counting route's client against a small real HTTP server speaking the route's contract (token, names,
 * 200/404/401 answers), plus the answers of apps that do not speak it.
 */
class CountsClientTests {

    private static final String TOKEN = "app-token-123";
    /** table → column → non-null values; "*" is the table's rows. */
    private static final Map<String, Map<String, Long>> DATABASE = Map.of(
            "recipes", Map.of("*", 3L, "title", 3L, "rating", 1L),
            "tags", Map.of("*", 0L));

    private final List<String> asked = new CopyOnWriteArrayList<>();
    private HttpServer app;
    private String base;

    @BeforeEach
    void anAppWithTheCountingRoute() throws IOException {
        app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        app.createContext("/api/truecoding/counts", new CountingRoute(TOKEN, DATABASE, asked));
        app.createContext("/old/", exchange -> answer(exchange, 404, "text/html", "<h1>404: This page could not be found.</h1>"));
        app.createContext("/broken/", exchange -> answer(exchange, 500, "application/json", "{\"error\":\"boom\"}"));
        app.createContext("/slow/", exchange -> {
            try {
                Thread.sleep(CountsClient.TIMEOUT.toMillis() + 2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "application/json", "{\"rows\":1}");
        });
        app.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        app.start();
        base = "http://127.0.0.1:" + app.getAddress().getPort() + "/";
    }

    @AfterEach
    void stop() {
        app.stop(0);
    }

    @Test
    void countsRowsAndNonNullValuesWithTheAppsToken() {
        assertThat(CountsClient.count(base, TOKEN, "recipes", null)).hasValueSatisfying(count -> {
            assertThat(count.rows()).isEqualTo(3);
            assertThat(count.values()).isEmpty();
        });
        assertThat(CountsClient.count(base, TOKEN, "recipes", "rating")).hasValueSatisfying(count -> {
            assertThat(count.rows()).isEqualTo(3);
            assertThat(count.values()).isEqualTo(OptionalLong.of(1));
        });
        assertThat(CountsClient.count(base, TOKEN, "tags", null).orElseThrow().rows()).isZero();
        assertThat(asked).containsExactly("Bearer " + TOKEN + " table=recipes", "Bearer " + TOKEN + " table=recipes&column=rating",
                "Bearer " + TOKEN + " table=tags");
    }

    @Test
    void aTableOrColumnTheDatabaseDoesNotHaveIsEmpty() {
        assertThat(CountsClient.count(base, TOKEN, "members", null)).isEmpty();
        assertThat(CountsClient.count(base, TOKEN, "recipes", "phone")).isEmpty();
    }

    @Test
    void namesAreCheckedBeforeAnythingIsSent() {
        for (String name : new String[] {"recipes; DROP TABLE recipes", "1recipes", "", "a".repeat(64), "re\"cipes", "é"}) {
            assertThatThrownBy(() -> CountsClient.count(base, TOKEN, name, null)).as(name)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table name");
            assertThatThrownBy(() -> CountsClient.count(base, TOKEN, "recipes", name)).as(name)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column name");
        }
        assertThatThrownBy(() -> CountsClient.count(base, TOKEN, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void whatCannotBeCountedSaysWhy() throws IOException {
        assertThatThrownBy(() -> CountsClient.count(base, "wrong-token", "recipes", null))
                .isInstanceOf(AppDataCounts.Unavailable.class).hasMessageContaining("refused True Coding's token");
        assertThatThrownBy(() -> CountsClient.count(base + "old/", TOKEN, "recipes", null))
                .isInstanceOf(AppDataCounts.Unavailable.class).hasMessageContaining("deploy it again");
        assertThatThrownBy(() -> CountsClient.count(base + "broken/", TOKEN, "recipes", null))
                .isInstanceOf(AppDataCounts.Unavailable.class).hasMessageContaining("HTTP 500");
        assertThatThrownBy(() -> CountsClient.count(base + "slow/", TOKEN, "recipes", null))
                .isInstanceOf(AppDataCounts.Unavailable.class).hasMessageContaining("did not answer within 5 s");
        int closed;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        assertThatThrownBy(() -> CountsClient.count("http://127.0.0.1:" + closed + "/", TOKEN, "recipes", null))
                .isInstanceOf(AppDataCounts.Unavailable.class).hasMessageContaining("could not be reached");
    }

    static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
