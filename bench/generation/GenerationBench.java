import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Approved plan → committed repository on the built-in git host → live URL on the built-in deployer, timed per
 * stage from the runs' own stored events, for a plan of 3 and of 20 entities, then a redeploy of the same commit.
 * The first run fills the dependency cache and is reported as "cold"; the others use the warm cache.
 * Run with bench/generation/run.sh (it builds the jar first). Prints figures; asserts nothing.
 */
public class GenerationBench {

    static final List<String> STAGES = List.of("creating_repo", "generating_files", "validating_code", "committing",
            "configuring_ci", "ready");
    static final Pattern EVENT = Pattern.compile("\"stage\":\"([a-z_]+)\".*?\"message\":\"((?:[^\"\\\\]|\\\\.)*)\".*?\"at\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        Path jar = Files.list(Path.of("target")).filter(p -> p.getFileName().toString().matches("true-coding-.*\\.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("Build the jar first: ./mvnw -q package -DskipTests"));
        int port = freePort();
        Path data = Files.createTempDirectory("truecoding-generation-bench");
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx1g", "-jar", jar.toString());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("TRUECODING_DATA_DIR", data.toString());
        builder.environment().put("ASSISTANT_PROVIDER", "guided");
        Process app = builder.redirectErrorStream(true).redirectOutput(data.resolve("app.log").toFile()).start();
        String base = "http://127.0.0.1:" + port;
        try {
            waitUntilUp(base);
            String token = signUpAndCreateToken(base);
            System.out.printf("%-22s %9s %9s %9s %9s %9s %9s %9s %6s%n", "generate", "pickup", "repo", "files", "validate",
                    "commit", "ci", "total", "files");
            List<String[]> deploys = new ArrayList<>();
            for (String[] run : List.of(new String[]{"3 entities (cold)", "3"}, new String[]{"3 entities", "3"},
                    new String[]{"20 entities", "20"})) {
                String project = createProject(base, token, plan(Integer.parseInt(run[1])));
                Timing generated = generate(base, token, project);
                print(run[0], generated);
                GENERATED.put(project, generated.total());
                deploys.add(new String[]{run[0], project});
            }
            System.out.printf("%n%-30s %9s %9s %9s %9s %9s%n", "deploy (built-in)", "import", "build", "deploy", "total",
                    "plan→live");
            for (String[] deploy : deploys) {
                printDeploy(deploy[0], deploy(base, token, deploy[1]));
                DeployTiming again = deploy(base, token, deploy[1]);
                System.out.printf("%-30s %8.1fs %8.1fs %8.1fs %8.1fs %9s%n", deploy[0] + ", redeploy", seconds(again.importing()),
                        seconds(again.building()), seconds(again.deploying()), seconds(again.total()), "");
            }
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    record Timing(Map<String, Duration> stages, Duration pickup, Duration total, int files) {
    }

    static String createProject(String base, String token, String plan) throws Exception {
        String project = find(api(base, token, "POST", "/api/projects", "{\"name\":\"Bench " + System.nanoTime() + "\"}"), "\"id\":\"([a-z0-9]+)\"");
        api(base, token, "PUT", "/api/projects/" + project + "/technical-plan", plan);
        api(base, token, "POST", "/api/projects/" + project + "/technical-plan/approve", "");
        return project;
    }

    /** How long each project's generation took: with its first deployment, the time from approved plan to live URL. */
    static final Map<String, Duration> GENERATED = new java.util.concurrent.ConcurrentHashMap<>();
    static final Pattern DEPLOY_EVENT = Pattern.compile("\"kind\":\"progress\",\"progress\":\\{\"stage\":\"([a-z]+)\".*?\"at\":\"([^\"]+)\"");

    record DeployTiming(Duration importing, Duration building, Duration deploying, Duration total, Duration planToLive) {
    }

    /** Deploys the project's head on the built-in deployer and times its stages from its stored events. */
    static DeployTiming deploy(String base, String token, String project) throws Exception {
        String id = find(api(base, token, "POST", "/api/deploy", "{\"projectId\":\"" + project + "\"}"), "\"id\":\"([a-z0-9]+)\"");
        awaitEnd(base, token, "/api/deployments/" + id, List.of("QUEUED", "BUILDING"), "READY");
        Map<String, Instant> first = new LinkedHashMap<>();
        Instant last = null;
        Matcher m = DEPLOY_EVENT.matcher(api(base, token, "GET", "/api/deployments/" + id + "/events", null));
        while (m.find()) {
            Instant at = Instant.parse(m.group(2));
            first.putIfAbsent(m.group(1), at);
            last = at;
        }
        Instant start = first.get("importing");
        Instant building = first.getOrDefault("building", start);
        Instant deploying = first.getOrDefault("deploying", building);
        return new DeployTiming(Duration.between(start, building), Duration.between(building, deploying),
                Duration.between(deploying, last), Duration.between(start, last), GENERATED.get(project).plus(Duration.between(start, last)));
    }

    static void printDeploy(String name, DeployTiming timing) {
        System.out.printf("%-30s %8.1fs %8.1fs %8.1fs %8.1fs %8.1fs%n", name, seconds(timing.importing()),
                seconds(timing.building()), seconds(timing.deploying()), seconds(timing.total()), seconds(timing.planToLive()));
    }

    static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    static Timing generate(String base, String token, String project) throws Exception {
        String run = find(api(base, token, "POST", "/api/generate", "{\"projectId\":\"" + project + "\"}"), "\"id\":\"([a-z0-9]+)\"");
        String body = awaitEnd(base, token, "/api/generations/" + run, List.of("RUNNING"), "SUCCEEDED");
        int files = Integer.parseInt(find(body, "\"fileCount\":(\\d+)"));
        String events = api(base, token, "GET", "/api/generations/" + run + "/events", null);
        Map<String, Instant> firstAt = new LinkedHashMap<>();
        List<Instant> all = new ArrayList<>();
        Instant picked = null;
        Matcher m = EVENT.matcher(events);
        while (m.find()) {
            Instant at = Instant.parse(m.group(3));
            all.add(at);
            firstAt.putIfAbsent(m.group(1), at);
            if (picked == null && m.group(2).startsWith("Finding or creating")) {
                picked = at;
            }
        }
        Map<String, Duration> stages = new LinkedHashMap<>();
        for (int i = 0; i < STAGES.size() - 1; i++) {
            Instant start = i == 0 ? picked : firstAt.get(STAGES.get(i));
            stages.put(STAGES.get(i), Duration.between(start, firstAt.get(STAGES.get(i + 1))));
        }
        return new Timing(stages, Duration.between(all.getFirst(), picked), Duration.between(all.getFirst(), all.getLast()), files);
    }

    static void print(String name, Timing timing) {
        System.out.printf("%-22s %8dms %8dms %8dms %8.1fs %8dms %8dms %8.1fs %6d%n", name, timing.pickup().toMillis(),
                timing.stages().get("creating_repo").toMillis(), timing.stages().get("generating_files").toMillis(),
                timing.stages().get("validating_code").toMillis() / 1000.0, timing.stages().get("committing").toMillis(),
                timing.stages().get("configuring_ci").toMillis(), timing.total().toMillis() / 1000.0, timing.files());
    }

    /** A valid technical plan with {@code entities} entities of four fields, each the parent of the next. */
    static String plan(int entities) {
        StringBuilder model = new StringBuilder();
        StringBuilder relationships = new StringBuilder();
        for (int i = 1; i <= entities; i++) {
            model.append(i > 1 ? "," : "").append("""
                    {"name": "Item%d", "description": "Entity %d", "fields": [
                      {"name": "title", "type": "string", "required": true},
                      {"name": "quantity", "type": "int", "required": false, "default": "1"},
                      {"name": "notes", "type": "text", "required": false},
                      {"name": "done", "type": "boolean", "required": false}]}""".formatted(i, i));
            if (i > 1) {
                relationships.append(i > 2 ? "," : "").append("{\"from\": \"Item%d\", \"to\": \"Item%d\", \"type\": \"one-to-many\"}".formatted(i - 1, i));
            }
        }
        return """
                {"architecture": {"type": "monolith", "description": "Next.js and PostgreSQL"},
                 "stack": [{"category": "frontend", "name": "Next.js", "justification": "App Router"}],
                 "dataModel": {"entities": [%s], "relationships": [%s]},
                 "apiEndpoints": [], "pages": [{"path": "/", "name": "Home", "description": "Landing page", "components": []}],
                 "components": [], "fileStructure": [],
                 "cicd": {"provider": "github-actions", "triggers": ["push"], "jobs": []},
                 "environment": {"variables": []}}""".formatted(model, relationships);
    }

    static String api(String base, String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String signUpAndCreateToken(String base) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        String form = http.send(HttpRequest.newBuilder(URI.create(base + "/signup")).build(), HttpResponse.BodyHandlers.ofString()).body();
        http.send(HttpRequest.newBuilder(URI.create(base + "/signup")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + find(form, "name=\"_csrf\" (?:value|content)=\"([^\"]+)\"")
                        + "&name=Bench&email=" + URLEncoder.encode("bench-" + System.nanoTime() + "@example.com", StandardCharsets.UTF_8)
                        + "&password=benchmark+password")).build(), HttpResponse.BodyHandlers.ofString());
        String tokens = http.send(HttpRequest.newBuilder(URI.create(base + "/settings/tokens")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens")).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", find(tokens, "name=\"_csrf\" (?:value|content)=\"([^\"]+)\""))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}")).build(), HttpResponse.BodyHandlers.ofString()).body();
        return find(created, "\"token\":\"(tcp_[A-Za-z0-9]+)\"");
    }

    /** Polls a run or deployment until its status leaves {@code going}; its last answer, which must be {@code success}. */
    static String awaitEnd(String base, String token, String path, List<String> going, String success) throws Exception {
        String body;
        String status;
        do {
            Thread.sleep(200);
            body = api(base, token, "GET", path, null);
            status = find(body, "\"status\":\"([A-Z]+)\"");
        } while (going.contains(status));
        if (!status.equals(success)) {
            throw new IllegalStateException(path + " ended " + status + ": " + body);
        }
        return body;
    }

    static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + regex + " in " + text);
        }
        return matcher.group(1);
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

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
