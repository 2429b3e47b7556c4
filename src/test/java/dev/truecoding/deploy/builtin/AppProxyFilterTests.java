package dev.truecoding.deploy.builtin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.truecoding.deploy.HostClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The proxy in a real Tomcat in front of a tiny HTTP server standing for a deployed app. */
class AppProxyFilterTests {

    private final Routes routes = new Routes();
    private HttpServer app;
    private ProxyServer proxy;
    private HostClient client;

    @BeforeEach
    void start() throws IOException {
        app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        app.createContext("/", AppProxyFilterTests::echo);
        app.createContext("/redirect", exchange -> {
            exchange.getResponseHeaders().add("Location", "/somewhere?x=1");
            exchange.getResponseHeaders().add("Set-Cookie", "a=1; Path=/");
            exchange.getResponseHeaders().add("Set-Cookie", "b=2; Path=/; HttpOnly");
            exchange.sendResponseHeaders(303, -1);
            exchange.close();
        });
        app.createContext("/gzip", exchange -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                gzip.write("compressed hello".getBytes(StandardCharsets.UTF_8));
            }
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, bytes.size());
            exchange.getResponseBody().write(bytes.toByteArray());
            exchange.close();
        });
        app.createContext("/events", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("data: first\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            sleep(3000);
            out.write("data: second\n\n".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        app.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        app.start();
        routes.set("shop", "project-1", app.getAddress().getPort());
        proxy = new ProxyServer(routes, "localhost", Duration.ofSeconds(5));
        client = new HostClient(proxy.port());
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        proxy.close();
        app.stop(0);
    }

    @Test
    void passesMethodPathQueryHostAndBodyThroughUnchanged() throws IOException {
        String host = "shop.localhost:" + proxy.port();

        HostClient.Response form = client.send("POST", host, "/orders/a%20b?x=1&x=2&flag&q=%C3%A9",
                "application/x-www-form-urlencoded", "name=Ada+L&city=S%C3%A3o");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("POST /orders/a%20b?x=1&x=2&flag&q=%C3%A9\n")
                .contains("host: " + host + "\n")
                .contains("x-forwarded-for: 127.0.0.1")
                .endsWith("\n\nname=Ada+L&city=S%C3%A3o");
        assertThat(client.send("PUT", host, "/api/items/1", "application/json", "{\"a\":1}").body())
                .startsWith("PUT /api/items/1\n").endsWith("{\"a\":1}");
        assertThat(client.send("DELETE", host, "/api/items/1", null, null).body()).startsWith("DELETE /api/items/1\n");
        assertThat(client.send("POST", "SHOP.localhost", "/x", "text/plain", "case").body()).endsWith("case");
    }

    @Test
    void leavesRedirectsCookiesAndCompressionToTheBrowser() throws IOException {
        String host = "shop.localhost:" + proxy.port();

        HostClient.Response redirect = client.get(host, "/redirect");
        assertThat(redirect.status()).isEqualTo(303);
        assertThat(redirect.header("Location")).isEqualTo("/somewhere?x=1");
        assertThat(redirect.all("Set-Cookie")).containsExactly("a=1; Path=/", "b=2; Path=/; HttpOnly");

        HostClient.Response gzip = client.get(host, "/gzip");
        assertThat(gzip.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.bytes()))
                .readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("compressed hello");
    }

    @Test
    void streamsEventsAsTheyCome() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", proxy.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /events HTTP/1.1\r\nHost: shop.localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            long start = System.nanoTime();
            String line;
            do {
                line = reader.readLine();
            } while (line != null && !line.contains("data: first"));

            assertThat(line).isNotNull();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        }
    }

    @Test
    void unknownSlugsGetANotFoundPageAndOtherHostsReachTrueCoding() throws IOException {
        HostClient.Response unknown = client.get("nothing-here.localhost:" + proxy.port(), "/");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Nothing is deployed at nothing-here.localhost");

        assertThat(client.get("localhost:" + proxy.port(), "/").body()).isEqualTo("True Coding");
        assertThat(client.get("a.b.localhost", "/").body()).isEqualTo("True Coding");
        assertThat(client.get("127.0.0.1", "/").body()).isEqualTo("True Coding");
    }

    @Test
    void requestsWaitWhileTheAppIsSwappedAndFailClearlyWhenItIsDown() throws Exception {
        int port = app.getAddress().getPort();
        routes.hold("shop", "project-1");
        Thread.ofVirtual().start(() -> {
            sleep(700);
            routes.set("shop", "project-1", port);
        });
        assertThat(client.get("shop.localhost", "/waited").body()).startsWith("GET /waited\n");

        routes.set("shop", "project-1", AppProcess.freePort());
        assertThat(client.get("shop.localhost", "/").status()).isEqualTo(502);
    }

    @Test
    void theAppsInternalRoutesAreNotReachableFromOutsideHoweverTheyAreSpelled() throws IOException {
        String host = "shop.localhost:" + proxy.port();
        for (String path : new String[] {"/api/truecoding/counts?table=recipes", "/api/truecoding",
                "/API/TrueCoding/counts", "/api//truecoding/counts", "/api/%74ruecoding/counts",
                "/api/truecoding%2Fcounts", "/api/%2574ruecoding/counts", "//api/truecoding/counts"}) {
            HostClient.Response refused = client.get(host, path);
            // Tomcat itself refuses an encoded slash (400); every other spelling gets the proxy's 404.
            assertThat(refused.status()).as(path).isEqualTo(path.contains("%2F") ? 400 : 404);
            assertThat(refused.body()).as(path).doesNotContain("GET /");
        }

        assertThat(client.get(host, "/api/truecodingfans").body()).startsWith("GET /api/truecodingfans\n");
        assertThat(client.get(host, "/api/recipes?truecoding=1").body()).startsWith("GET /api/recipes?truecoding=1\n");
    }

    @Test
    void hostsOfAnotherBaseDomain() throws IOException {
        try (ProxyServer other = new ProxyServer(routes, "apps.example.com", Duration.ofSeconds(1));
             HostClient otherClient = new HostClient(other.port())) {
            assertThat(otherClient.get("shop.apps.example.com", "/p").body()).startsWith("GET /p\n");
            assertThat(otherClient.get("shop.localhost", "/p").body()).isEqualTo("True Coding");
        }
    }

    private static void echo(HttpExchange exchange) throws IOException {
        StringBuilder text = new StringBuilder(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()) + "\n");
        exchange.getRequestHeaders().forEach((name, values) ->
                values.forEach(value -> text.append(name.toLowerCase()).append(": ").append(value).append('\n')));
        text.append('\n').append(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
