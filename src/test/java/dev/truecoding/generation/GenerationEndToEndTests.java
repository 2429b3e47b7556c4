package dev.truecoding.generation;

import dev.truecoding.support.ApiClient;
import dev.truecoding.support.CookieClient;
import dev.truecoding.support.EndToEndTest;
import dev.truecoding.support.GitCommand;
import dev.truecoding.support.HttpApiClient;
import dev.truecoding.support.SseEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole run as a person does it, on a real port: an approved plan, {@code POST /api/generate} followed as
 * a stream, then the repository cloned with the real {@code git} client and its CI steps run in the clone,
 * literally as {@code .github/workflows/ci.yml} lists them.
 */
@EndToEndTest
@ExtendWith(OutputCaptureExtension.class)
class GenerationEndToEndTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @TempDir
    Path scratch;

    @BeforeEach
    void needsNpmAndGit() {
        boolean available = CodeValidator.npmAvailable() && GitCommand.available();
        if (!available && Boolean.getBoolean("truecoding.test.strict")) {
            fail("npm, node and git must be on PATH: truecoding.test.strict is true");
        }
        assumeTrue(available, "npm, node or git is missing: the end-to-end generation test is skipped");
    }

    @Test
    void anApprovedPlanBecomesARepositoryThatClonesAndPassesItsCiSteps(CapturedOutput logs) throws Exception {
        String email = "e2e-" + UUID.randomUUID() + "@example.com";
        String token = new CookieClient().signUpAndCreateToken(base(), email);
        ApiClient api = new HttpApiClient(base(), token, json);
        String project = api.createProject("Recipe Box");
        api.put("/api/projects/" + project + "/technical-plan", GenerationApiTests.plan());
        assertThat(api.post("/api/projects/" + project + "/technical-plan/approve", null).get("status").asString())
                .isEqualTo("CONNECTING");

        List<JsonNode> events = api.stream("POST", "/api/generate", new GenerationRequest(project, null)).stream()
                .map(SseEvent::data).toList();

        assertThat(events.stream().map(e -> e.get("stage").asString()).distinct().toList())
                .as("stages; the last event: %s", events.getLast()).isEqualTo(GenerationApiTests.STAGES);
        assertThat(events.stream().map(e -> e.get("message").asString()))
                .anyMatch(m -> m.startsWith("Running install"))
                .anyMatch(m -> m.startsWith("build passed"));
        JsonNode run = api.get("/api/projects/" + project + "/generations").get(0);
        assertThat(run.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(run.get("validation").valueStream().map(step -> step.get("name").asString() + ":" + step.get("outcome").asString()))
                .containsExactly("static:PASSED", "install:PASSED", "typecheck:PASSED", "test:PASSED", "build:PASSED");

        String cloneUrl = run.get("repository").get("cloneUrl").asString();
        assertThat(cloneUrl).isEqualTo(base() + "/git/" + run.get("repository").get("owner").asString() + "/recipe-box.git");
        GitCommand git = new GitCommand(scratch);
        GitCommand.Result clone = git.run(scratch, email, token, "clone", cloneUrl, "app");
        assertThat(clone.succeeded()).as(clone.output()).isTrue();
        Path app = scratch.resolve("app");

        // Every generated_files row is in the clone, byte for byte, at the run's commit.
        JsonNode files = api.get("/api/projects/" + project + "/files");
        for (JsonNode file : files) {
            assertThat(Files.readString(app.resolve(file.get("path").asString()))).as(file.get("path").asString())
                    .isEqualTo(file.get("content").asString());
            assertThat(file.get("commitSha").asString()).isEqualTo(run.get("commitSha").asString());
        }
        assertThat(git.run(app, null, null, "rev-parse", "HEAD").output().strip()).isEqualTo(run.get("commitSha").asString());
        assertThat(git.run(app, null, null, "log", "--format=%an <%ae>").output().strip())
                .isEqualTo("True Coding <generator@truecoding.dev>");

        runCiSteps(app);

        // The repository is private to its owner.
        assertThat(git.run(scratch, null, null, "clone", cloneUrl, "anonymous").succeeded()).isFalse();
        assertThat(git.run(scratch, email, "tcp_wrongtoken", "clone", cloneUrl, "wrong").succeeded()).isFalse();
        String eve = "eve-" + UUID.randomUUID() + "@example.com";
        String eveToken = new CookieClient().signUpAndCreateToken(base(), eve);
        assertThat(git.run(scratch, eve, eveToken, "clone", cloneUrl, "eve").succeeded()).isFalse();

        assertThat(logs.getAll()).doesNotContain(token).doesNotContain(eveToken);
        assertThat(Files.readString(app.resolve(".git/config"))).doesNotContain(token);
    }

    /** The workflow's {@code run:} steps, in order, in the clone; {@code npm ci} reads the local npm cache first. */
    @SuppressWarnings("unchecked")
    private void runCiSteps(Path app) throws Exception {
        Map<String, Object> workflow = new Yaml().load(Files.readString(app.resolve(".github/workflows/ci.yml")));
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) jobs.values().iterator().next()).get("steps");
        List<String> commands = steps.stream().filter(step -> step.containsKey("run")).map(step -> (String) step.get("run")).toList();
        assertThat(commands).containsExactly("npm ci", "npm run typecheck", "npm test", "npm run build");
        String npmCache = Path.of("target/test-data/generation/npm-cache").toAbsolutePath().toString();
        for (String command : commands) {
            String line = command.equals("npm ci") ? "npm ci --prefer-offline --no-audit --no-fund --cache " + npmCache : command;
            // Output to a file, read once the step ended: reading the pipe to its end would outwait any time limit.
            Path log = scratch.resolve("ci-step.log");
            Process process = new ProcessBuilder("sh", "-c", line).directory(app.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            boolean ended = process.waitFor(10, TimeUnit.MINUTES);
            if (!ended) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            assertThat(ended).as(command + " did not end in 10 min\n" + output).isTrue();
            assertThat(process.exitValue()).as(command + "\n" + output).isZero();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
