package dev.truecoding.assistant.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * A local stand-in for a model provider: each request gets the next scripted {@link Reply}, written frame by
 * frame (each flushed on its own, optionally with a pause between) so clients see a real stream. The
 * provider-specific classes ({@link AnthropicWire}, {@link OpenAiWire}, {@link OllamaWire}) build the frames
 * in each provider's format.
 */
public final class FakeLlmServer implements AutoCloseable {

    /**
     * @param frames written and flushed one by one; {@code gap} apart
     */
    public record Reply(int status, String contentType, Map<String, String> headers, List<String> frames, Duration gap) {

        public Reply slow(Duration gap) {
            return new Reply(status, contentType, headers, frames, gap);
        }
    }

    private final HttpServer server;
    private final String path;
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Map<String, List<String>>> requestHeaders = Collections.synchronizedList(new ArrayList<>());

    /** @param path the one endpoint answered, e.g. {@code /v1/messages}; anything else is a 404 */
    public FakeLlmServer(String path) {
        this.path = path;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeLlmServer enqueue(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** The request bodies received, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public List<Map<String, List<String>>> requestHeaders() {
        return List.copyOf(requestHeaders);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!exchange.getRequestURI().getPath().equals(path)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            requests.add(body);
            requestHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
            Reply reply = script.poll();
            if (reply == null) {
                byte[] unscripted = "{\"error\":\"no scripted reply left\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(500, unscripted.length);
                exchange.getResponseBody().write(unscripted);
                return;
            }
            exchange.getResponseHeaders().set("content-type", reply.contentType());
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(reply.status(), 0);
            OutputStream out = exchange.getResponseBody();
            for (String frame : reply.frames()) {
                if (!reply.gap().isZero()) {
                    sleep(reply.gap());
                }
                out.write(frame.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException clientWentAway) {
            // The client closed the stream early (for instance after an error): nothing left to do.
        }
    }

    private static void sleep(Duration gap) {
        try {
            Thread.sleep(gap);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
