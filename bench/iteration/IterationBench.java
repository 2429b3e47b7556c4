import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A one-field change on a live 3-entity app, timed: the first generation's approved plan → live URL (generation and
 * first deployment, from their stored events, as bench/generation measures them), then two changes asked in the
 * iteration chat and applied (the first warms the incremental build cache, the second is reported as warm), each
 * stage timed as its first event arrives on the apply stream, until the live URL serves the new version.
 * Run with bench/iteration/run.sh. Prints figures; asserts nothing.
 */
public class IterationBench {

    static final Pattern STAGE = Pattern.compile("\"stage\":\"([a-z_]+)\"");
    /** Validation's own report of each step ("typecheck passed in 4.2 s"), printed under the validating stage. */
    static final Pattern STEP = Pattern.compile("\"message\":\"([a-z]+) passed in ([0-9.]+) s\"");
    static final Pattern MESSAGE = Pattern.compile("\"message\":\"([^\"]{0,70})");

    public static void main(String[] args) throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("true-coding-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Build the jar first: ./mvnw -q package -DskipTests"));
        }
        int port = GenerationBench.freePort();
        Path data = Files.createTempDirectory("truecoding-iteration-bench");
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx1g", "-jar", jar.toString());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("TRUECODING_DATA_DIR", data.toString());
        builder.environment().put("ASSISTANT_PROVIDER", "guided");
        Process app = builder.redirectErrorStream(true).redirectOutput(data.resolve("app.log").toFile()).start();
        String base = "http://127.0.0.1:" + port;
        try {
            GenerationBench.waitUntilUp(base);
            String token = GenerationBench.signUpAndCreateToken(base);
            String project = GenerationBench.createProject(base, token, GenerationBench.plan(3));
            GenerationBench.Timing generated = GenerationBench.generate(base, token, project);
            GenerationBench.GENERATED.put(project, generated.total());
            GenerationBench.DeployTiming deployed = GenerationBench.deploy(base, token, project);
            Duration planToLive = deployed.planToLive();
            System.out.printf("first version: generation %.1fs + deployment %.1fs = plan → live %.1fs%n%n",
                    GenerationBench.seconds(generated.total()), GenerationBench.seconds(deployed.total()),
                    GenerationBench.seconds(planToLive));

            for (String[] change : new String[][]{{"one field (first change)", "add field Item1.rating: int"},
                    {"one field (warm)", "add field Item2.priority: int"}}) {
                Duration chat = ask(base, token, project, change[1]);
                String id = GenerationBench.find(GenerationBench.api(base, token, "GET", "/api/projects/" + project + "/changes", null),
                        "\"id\":\"([A-Za-z0-9-]+)\"[^{}]*\"status\":\"PROPOSED\"");
                Applied applied = apply(base, token, id);
                String url = GenerationBench.find(GenerationBench.api(base, token, "GET", "/api/projects/" + project, null),
                        "\"productionUrl\":\"([^\"]+)\"");
                System.out.printf("%s — %s%n  chat reply %.1fs%n", change[0], change[1], GenerationBench.seconds(chat));
                applied.stages().forEach((stage, took) -> {
                    System.out.printf("  %-14s %7.1fs%n", stage, GenerationBench.seconds(took));
                    if (stage.equals("validating") || stage.equals("deploying")) {
                        applied.steps().stream().filter(step -> step.startsWith(stage + ": "))
                                .forEach(step -> System.out.printf("    %s%n", step.substring(stage.length() + 2)));
                    }
                });
                Duration serving = untilServing(url, applied.ended());
                Duration total = applied.total().plus(serving);
                System.out.printf("  %-14s %7.1fs%n  apply → live   %7.1fs   (%.2f × the first plan → live)%n%n", "url serves",
                        GenerationBench.seconds(serving), GenerationBench.seconds(total),
                        total.toMillis() / (double) planToLive.toMillis());
            }
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    record Applied(Map<String, Duration> stages, java.util.List<String> steps, Duration total, Instant ended) {
    }

    /** Asks for the change in the iteration chat and waits for the reply's end. */
    static Duration ask(String base, String token, String project, String message) throws Exception {
        Instant start = Instant.now();
        stream(base, token, "/api/chat", "{\"projectId\":\"" + project + "\",\"phase\":\"iteration\",\"message\":\"" + message + "\"}",
                (event, data, at) -> event.equals("error") ? fail("chat: " + data) : event.equals("done"));
        return Duration.between(start, Instant.now());
    }

    /** Applies the change on its event stream; each stage lasts from its first event to the next stage's first one. */
    static Applied apply(String base, String token, String change) throws Exception {
        Instant start = Instant.now();
        Map<String, Instant> firstAt = new LinkedHashMap<>();
        Instant[] end = new Instant[1];
        java.util.List<String> steps = new java.util.ArrayList<>();
        stream(base, token, "/api/changes/" + change + "/apply", "{\"confirmDataLoss\":false}", (event, data, at) -> {
            if (event.equals("failed") || event.equals("error")) {
                return fail("apply: " + data);
            }
            Matcher step = STEP.matcher(data);
            if (step.find()) {
                steps.add("validating: " + step.group(1) + " " + step.group(2) + " s");
            }
            Matcher stage = STAGE.matcher(data);
            if (stage.find()) {
                firstAt.putIfAbsent(stage.group(1), at);
                Matcher message = MESSAGE.matcher(data);
                if (stage.group(1).equals("deploying") && message.find()) {
                    steps.add(String.format("deploying: +%4.1fs %s", GenerationBench.seconds(
                            Duration.between(firstAt.get("deploying"), at)), message.group(1)));
                }
            }
            end[0] = at;
            return stage.find(0) && (stage.group(1).equals("ready") || stage.group(1).equals("live"));
        });
        Map<String, Duration> stages = new LinkedHashMap<>();
        Instant previous = start;
        String previousStage = "queued";
        for (var entry : firstAt.entrySet()) {
            stages.put(previousStage, Duration.between(previous, entry.getValue()));
            previousStage = entry.getKey();
            previous = entry.getValue();
        }
        return new Applied(stages, steps, Duration.between(start, end[0]), end[0]);
    }

    /** How long after the run ended the live URL first answers 200 (a new deployment may still be swapping in). */
    static Duration untilServing(String url, Instant ended) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        // The built-in deployer serves apps at <name>.localhost:<port>, a name the JDK does not resolve: ask
        // 127.0.0.1 with that Host (run.sh allows the header).
        URI live = URI.create(url);
        boolean local = live.getHost().endsWith(".localhost");
        URI target = local ? new URI(live.getScheme(), null, "127.0.0.1", live.getPort(), live.getPath(), null, null) : live;
        for (int i = 0; i < 600; i++) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(target);
                if (local) {
                    request.header("Host", live.getHost() + ":" + live.getPort());
                }
                if (http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.between(ended, Instant.now());
                }
            } catch (java.io.IOException notYet) {
                // swapping in
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(url + " did not answer 200 within a minute of the change's run");
    }

    interface Events {
        /** @return whether the stream is over */
        boolean on(String event, String data, Instant at);
    }

    static void stream(String base, String token, String path, String body, Events events) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + String.join("\n", response.body().toList()));
        }
        String event = "message";
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    if (events.on(event, line.substring(5).trim(), Instant.now())) {
                        return;
                    }
                } else if (line.isEmpty()) {
                    event = "message";
                }
            }
        }
        throw new IllegalStateException("POST " + path + ": the stream ended before its last event");
    }

    static boolean fail(String message) {
        throw new IllegalStateException(message);
    }
}
