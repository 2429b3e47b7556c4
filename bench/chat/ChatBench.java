import com.sun.net.httpserver.HttpServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Measures the chat stream through True Coding, end to end over HTTP, against a fake OpenAI-compatible server
 * (the real wire format: data: chunks, then [DONE]):
 *  1. time to first token and server overhead per streamed token, compared with reading the fake directly;
 *  2. how many concurrent chat streams one instance holds, with its heap and RSS.
 * Run with bench/chat/run.sh (it builds the jar first). Prints figures; asserts nothing.
 */
public class ChatBench {

    static final int TOKENS = Integer.getInteger("tokens", 1000);
    static final int RUNS = Integer.getInteger("runs", 20);
    static final int STREAMS = Integer.getInteger("streams", 300);
    static volatile long slowTokenDelayMs = 0;

    public static void main(String[] args) throws Exception {
        Path jar = Files.list(Path.of("target")).filter(p -> p.getFileName().toString().matches("true-coding-.*\\.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("Build the jar first: ./mvnw -q package -DskipTests"));
        int fakePort = freePort();
        int appPort = freePort();
        HttpServer fake = startFakeOpenAi(fakePort);
        Path data = Files.createTempDirectory("truecoding-bench");
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx1g", "-jar", jar.toString());
        builder.environment().put("PORT", String.valueOf(appPort));
        builder.environment().put("TRUECODING_DATA_DIR", data.toString());
        builder.environment().put("OPENAI_API_KEY", "sk-bench");
        builder.environment().put("OPENAI_BASE_URL", "http://127.0.0.1:" + fakePort + "/v1");
        builder.environment().put("OPENAI_MODEL", "bench-model");
        builder.environment().put("TRUECODING_CHAT_MESSAGES_PER_MINUTE", "100000");
        Process app = builder.redirectErrorStream(true).redirectOutput(data.resolve("app.log").toFile()).start();
        String base = "http://127.0.0.1:" + appPort;
        try {
            waitUntilUp(base);
            var session = new Session(base);
            String token = session.signUpAndCreateToken();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

            System.out.printf("Chat stream benchmark: %d tokens per reply, %d runs (after 3 warm-up runs), %d cores%n",
                    TOKENS, RUNS, Runtime.getRuntime().availableProcessors());
            List<Double> directPerToken = new ArrayList<>();
            List<Double> directFirst = new ArrayList<>();
            for (int i = 0; i < RUNS + 3; i++) {
                var timing = stream(http, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + fakePort + "/v1/chat/completions"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), "data: {");
                if (i >= 3) {
                    directFirst.add(timing.firstMs());
                    directPerToken.add(timing.perTokenMicros());
                }
            }
            List<Double> first = new ArrayList<>();
            List<Double> perToken = new ArrayList<>();
            for (int i = 0; i < RUNS + 3; i++) {
                String project = session.createProject(token, "Bench " + i);
                var timing = stream(http, chat(base, token, project), "event:text");
                if (i >= 3) {
                    first.add(timing.firstMs());
                    perToken.add(timing.perTokenMicros());
                }
            }
            System.out.printf("  fake server read directly : first token %6.1f ms (median), %6.1f µs per token (median)%n",
                    median(directFirst), median(directPerToken));
            System.out.printf("  through True Coding (SSE) : first token %6.1f ms (median, p90 %.1f), %6.1f µs per token (median)%n",
                    median(first), percentile(first, 90), median(perToken));
            System.out.printf("  True Coding overhead      : %6.1f µs per token, %6.1f ms to first token%n",
                    median(perToken) - median(directPerToken), median(first) - median(directFirst));

            concurrentStreams(http, base, session, token, app.pid());
        } finally {
            app.destroy();
            app.waitFor(20, TimeUnit.SECONDS);
            fake.stop(0);
        }
    }

    /** Opens STREAMS chats whose replies trickle (one token every 200 ms), waits until all are streaming, measures. */
    static void concurrentStreams(HttpClient http, String base, Session session, String token, long pid) throws Exception {
        slowTokenDelayMs = 200;
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < STREAMS; i++) {
            projects.add(session.createProject(token, "Concurrent " + i));
        }
        long rssBefore = rssKb(pid);
        var streaming = new CountDownLatch(STREAMS);
        var errors = Collections.synchronizedList(new ArrayList<String>());
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String project : projects) {
                pool.submit(() -> {
                    try {
                        HttpResponse<java.io.InputStream> response = http.send(chat(base, token, project), HttpResponse.BodyHandlers.ofInputStream());
                        try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                            String line;
                            boolean counted = false;
                            while ((line = reader.readLine()) != null) {
                                if (!counted && line.startsWith("event:text")) {
                                    streaming.countDown();
                                    counted = true;
                                }
                            }
                        }
                    } catch (Exception e) {
                        errors.add(e.toString());
                    }
                    return null;
                });
            }
            boolean all = streaming.await(120, TimeUnit.SECONDS);
            long rss = rssKb(pid);
            String heap = heapUsed(pid);
            System.out.printf("Concurrent streams: %d of %d streaming at once%s; RSS %d MB (%d MB before), heap %s%n",
                    STREAMS - streaming.getCount(), STREAMS, all ? "" : " (timed out waiting)", rss / 1024, rssBefore / 1024, heap);
            if (!errors.isEmpty()) {
                System.out.println("  errors: " + errors.size() + ", first: " + errors.getFirst());
            }
            slowTokenDelayMs = 0;
        }
    }

    record Timing(double firstMs, double perTokenMicros) {
    }

    static Timing stream(HttpClient http, HttpRequest request, String firstMarker) throws Exception {
        long start = System.nanoTime();
        long first = -1;
        HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (first < 0 && line.startsWith(firstMarker)) {
                    first = System.nanoTime();
                }
            }
        }
        long end = System.nanoTime();
        if (first < 0) {
            throw new IllegalStateException("No " + firstMarker + " in the response (HTTP " + response.statusCode() + ")");
        }
        return new Timing((first - start) / 1e6, (end - first) / 1e3 / TOKENS);
    }

    static HttpRequest chat(String base, String token, String project) {
        return HttpRequest.newBuilder(URI.create(base + "/api/chat"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"projectId\":\"" + project + "\",\"phase\":\"discovery\",\"message\":\"Tell me more\"}"))
                .build();
    }

    /** The OpenAI Chat Completions streaming format, as fast as the socket allows (or slowed for the concurrency run). */
    static HttpServer startFakeOpenAi(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1000);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                int tokens = slowTokenDelayMs > 0 ? 100 : TOKENS;
                for (int i = 0; i < tokens; i++) {
                    out.write(("data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1764000000,\"model\":\"bench-model\","
                            + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"tok \"},\"finish_reason\":null}],\"usage\":null}\n\n")
                            .getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    if (slowTokenDelayMs > 0) {
                        Thread.sleep(slowTokenDelayMs);
                    }
                }
                out.write(("data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1764000000,\"model\":\"bench-model\","
                        + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":null}\n\n"
                        + "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1764000000,\"model\":\"bench-model\","
                        + "\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":" + tokens + ",\"total_tokens\":" + (tokens + 9) + "}}\n\n"
                        + "data: [DONE]\n\n").getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        return server;
    }

    /** A person with a browser session (for the CSRF-protected sign-up and token creation), then a script with a token. */
    static final class Session {
        final String base;
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();

        Session(String base) {
            this.base = base;
        }

        String signUpAndCreateToken() throws Exception {
            String form = get("/signup");
            post("/signup", "application/x-www-form-urlencoded", "_csrf=" + csrf(form) + "&name=Bench&email="
                    + URLEncoder.encode("bench-" + System.nanoTime() + "@example.com", StandardCharsets.UTF_8) + "&password=benchmark+password", null);
            String created = post("/api/tokens", "application/json", "{\"name\":\"bench\"}", csrf(get("/settings/tokens")));
            var matcher = Pattern.compile("\"token\":\"(tcp_[A-Za-z0-9]+)\"").matcher(created);
            if (!matcher.find()) {
                throw new IllegalStateException("No token: " + created);
            }
            return matcher.group(1);
        }

        String createProject(String token, String name) throws Exception {
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/projects"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")).build(), HttpResponse.BodyHandlers.ofString()).body();
            var matcher = Pattern.compile("\"id\":\"([a-z0-9]+)\"").matcher(body);
            if (!matcher.find()) {
                throw new IllegalStateException("No project: " + body);
            }
            return matcher.group(1);
        }

        String get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
        }

        String post(String path, String type, String body, String csrf) throws Exception {
            var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
            if (csrf != null) {
                request.header("X-CSRF-TOKEN", csrf);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        }

        static String csrf(String html) {
            var matcher = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(html);
            if (!matcher.find()) {
                throw new IllegalStateException("No CSRF token");
            }
            return matcher.group(1);
        }
    }

    static void waitUntilUp(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 240; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("True Coding did not start in 120 s");
    }

    static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    static String heapUsed(long pid) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid), "GC.heap_info")
                    .redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            var used = Pattern.compile("used (\\d+)K").matcher(out);
            var committed = Pattern.compile("committed (\\d+)K").matcher(out);
            return used.find() && committed.find()
                    ? (Long.parseLong(used.group(1)) / 1024) + " MB used of " + (Long.parseLong(committed.group(1)) / 1024) + " MB committed"
                    : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
