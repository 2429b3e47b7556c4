package dev.truecoding.generation;

import dev.truecoding.generation.validation.ProcessRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Generates the sample apps and puts each through the validator with real npm (install, typecheck, test,
 * build), then starts the small one and uses it over HTTP. One dependency cache under target/ serves all of
 * them, so only the first install downloads anything. Skips when npm is missing, unless the system property
 * truecoding.test.strict is true (CI sets it), then fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedAppsNpmTest {

    private static final Path DATA = Path.of("target/generation-data").toAbsolutePath();
    private static final Path APPS = Path.of("target/generated-apps").toAbsolutePath();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // an h2c upgrade request would go to Next.js' WebSocket handler
            .connectTimeout(Duration.ofSeconds(5)).build();

    static final List<String> PLANS = SamplePlans.ALL;

    private final AppGenerator generator = new AppGenerator();
    private final CodeValidator validator = new CodeValidator(DATA, new DependencyCache(DATA),
            CodeValidator.Settings.defaults());

    @BeforeAll
    static void npmIsThere() {
        boolean available = CodeValidator.npmAvailable();
        if (!available && Boolean.getBoolean("truecoding.test.strict")) {
            fail("npm and node must be on PATH: truecoding.test.strict is true");
        }
        assumeTrue(available, "npm or node is not on PATH: the real-npm tests are skipped "
                + "(set -Dtruecoding.test.strict=true to make this a failure)");
    }

    @Order(1)
    @ParameterizedTest
    @FieldSource("PLANS")
    void theGeneratedAppInstallsTypechecksPassesItsTestsAndBuilds(String plan) throws Exception {
        ValidationResult result = buildApp(plan);

        assertThat(result.passed())
                .as(() -> result.failedStep().map(step -> step.name() + " failed:\n" + step.logExcerpt()).orElse(""))
                .isTrue();
        assertThat(result.steps()).extracting(ValidationResult.Step::outcome).containsOnly(ValidationResult.Outcome.PASSED);
    }

    @Order(2)
    @Test
    void theSecondInstallComesFromTheCacheInSeconds() throws Exception {
        Path workspace = APPS.resolve("cache-check");
        DependencyCache.delete(workspace);
        SamplePlans.generate(generator, "minimal").writeTo(workspace);

        DependencyCache.Install install = new DependencyCache(DATA).install(workspace, Duration.ofMinutes(10));

        assertThat(install.fromCache()).isTrue();
        assertThat(install.run().duration()).isLessThan(Duration.ofSeconds(20));
        assertThat(workspace.resolve("node_modules/next/package.json")).exists();
        DependencyCache.delete(workspace);
    }

    @Order(3)
    @Test
    void theStartedAppServesItsPagesAndStoresDataThroughItsApi() throws Exception {
        Path workspace = APPS.resolve("small");
        if (!Files.isDirectory(workspace.resolve(".next"))) {
            assertThat(buildApp("small").passed()).isTrue();
        }
        int port = freePort();
        Path dataDir = workspace.resolve(".data/http-test");
        DependencyCache.delete(dataDir);
        ProcessBuilder builder = new ProcessBuilder("npm", "start", "--", "-p", String.valueOf(port))
                .directory(workspace.toFile()).redirectErrorStream(true)
                .redirectOutput(workspace.resolve("start.log").toFile());
        builder.environment().putAll(ProcessRunner.ENVIRONMENT);
        builder.environment().put("PGLITE_DATA_DIR", dataDir.toString());
        builder.environment().remove("DATABASE_URL");
        Process server = builder.start();
        try {
            String base = "http://127.0.0.1:" + port;
            waitUntilUp(base + "/", server, workspace.resolve("start.log"));

            assertThat(get(base + "/").body()).contains("Tiny Blog").contains("Write and publish posts");

            HttpResponse<String> author = send("POST", base + "/api/authors", "{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\"}");
            assertThat(author.statusCode()).as(author.body()).isEqualTo(201);
            String authorId = JSON.readTree(author.body()).get("id").asString();
            HttpResponse<String> readBack = get(base + "/api/authors/" + authorId);
            assertThat(readBack.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(readBack.body()).get("name").asString()).isEqualTo("Ada Lovelace");

            HttpResponse<String> post = send("POST", base + "/api/posts",
                    "{\"title\":\"Hello world\",\"published\":true,\"authorId\":\"" + authorId + "\"}");
            assertThat(post.statusCode()).as(post.body()).isEqualTo(201);
            JsonNode postJson = JSON.readTree(post.body());
            assertThat(postJson.get("authorId").asString()).isEqualTo(authorId);

            HttpResponse<String> invalid = send("POST", base + "/api/posts", "{\"title\":42}");
            assertThat(invalid.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(invalid.body()).get("fieldErrors").has("title")).isTrue();
            assertThat(get(base + "/api/posts/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);

            assertThat(get(base + "/api/posts?sort=title&order=asc").body()).contains("Hello world");
            assertThat(get(base + "/posts").body()).contains("Hello world");
            assertThat(get(base + "/posts/" + postJson.get("id").asString()).body()).contains("Ada Lovelace");
            assertThat(get(base + "/authors/" + authorId).body()).contains("Hello world");
            assertThat(get(base + "/posts/new").statusCode()).isEqualTo(200);
            assertThat(get(base + "/about").body()).contains("What this blog is about");
        } finally {
            ProcessRunner.stopTree(server.toHandle());
        }
        assertThat(server.isAlive()).isFalse();
    }

    private ValidationResult buildApp(String plan) throws IOException, InterruptedException {
        Path workspace = APPS.resolve(plan);
        DependencyCache.delete(workspace);
        GeneratedApp app = SamplePlans.generate(generator, plan);
        return validator.validateIn(app, SamplePlans.technical(plan), workspace);
    }

    private static void waitUntilUp(String url, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("npm start exited:\n" + Files.readString(log));
            }
            try {
                if (get(url).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("the app did not answer within 90 s:\n" + Files.readString(log));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String url, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("content-type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
