package dev.truecoding.deploy;

import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.support.CookieClient;
import dev.truecoding.support.EndToEndTest;
import dev.truecoding.support.GitCommand;
import dev.truecoding.support.HttpApiClient;
import dev.truecoding.support.Probe;
import dev.truecoding.support.RequiresNpm;
import dev.truecoding.toolchain.Toolchain;
import dev.truecoding.toolchain.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner of a project clones it with the real git client, makes its build and start scripts run a probe
 * ({@code "build": "node probe.cjs && next build"}), pushes and deploys. The deploy still goes live, and neither the
 * build nor the running app could read True Coding's keys, repositories or environment, or write outside its
 * own folders; the build had no network.
 */
@RequiresNpm
@EndToEndTest
class HostilePushTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Value("${truecoding.data-dir}")
    Path dataDir;

    @Autowired
    Toolchain toolchain;

    private final HttpClient http = HttpClient.newHttpClient();
    private String email;
    private HttpApiClient api;

    @BeforeEach
    void signedIn() throws Exception {
        email = "owner-" + UUID.randomUUID() + "@example.com";
        api = new HttpApiClient(base(), new CookieClient().signUpAndCreateToken(base(), email), json);
    }

    @Test
    void aPushedBuildScriptAndTheAppItStartsAreConfined() throws Exception {
        Path data = dataDir.toAbsolutePath().normalize();
        String project = api.approvedProject("Probe Shop", GenerationApiTests.plan());
        String run = api.post("/api/generate", Map.of("projectId", project)).get("id").asString();
        assertThat(api.awaitEnd("/api/generations/" + run, List.of("RUNNING"), Duration.ofMinutes(10))
                .get("status").asString()).isEqualTo("SUCCEEDED");
        JsonNode repository = api.get("/api/projects/" + project);
        String remote = base() + "/git/" + repository.get("githubRepoOwner").asString() + "/"
                + repository.get("githubRepoName").asString() + ".git";
        Path scratch = Files.createDirectories(Path.of("target/hostile-push").toAbsolutePath().resolve(project));
        Trees.delete(scratch.resolve("clone"));
        GitCommand git = new GitCommand(scratch);
        assertThat(git.run(scratch, email, api.token(), "clone", remote, "clone").succeeded()).isTrue();
        Path clone = scratch.resolve("clone");
        ObjectNode pkg = (ObjectNode) json.readTree(Files.readString(clone.resolve("package.json")));
        ObjectNode scripts = (ObjectNode) pkg.get("scripts");
        scripts.put("build", "node probe.cjs && " + scripts.get("build").asString());
        scripts.put("start", "node probe.cjs && " + scripts.get("start").asString());
        Files.writeString(clone.resolve("package.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(pkg));
        Files.write(clone.resolve("probe.cjs"), Probe.script());
        Files.writeString(clone.resolve("probe-targets.json"), Probe.targets(data, data.resolve("keys/token-keyset.json"),
                repositoryOnDisk(data, repository.get("githubRepoName").asString()).resolve("HEAD"),
                data.resolve("git"), "node_modules", "next/package.json", port));
        assertThat(git.run(clone, null, null, "add", "-A").succeeded()).isTrue();
        assertThat(git.run(clone, null, null, "commit", "-m", "Probe the build").succeeded()).isTrue();
        assertThat(git.run(clone, email, api.token(), "push", "origin", "HEAD:main").output()).doesNotContain("rejected");
        Path cachedNext = toolchain.cachedDependencies(clone).orElseThrow().resolve("next/package.json");
        String nextPackage = Files.readString(cachedNext);

        JsonNode deployment = api.awaitEnd("/api/deployments/" + api.post("/api/deploy", Map.of("projectId", project))
                .get("id").asString(), List.of("QUEUED", "BUILDING"), Duration.ofMinutes(10));

        assertThat(deployment.get("status").asString()).as(deployment.toString()).isEqualTo("READY");
        String log = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/deployments/"
                        + deployment.get("id").asString() + "/log")).header("Authorization", "Bearer " + api.token())
                .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString()).body();
        List<JsonNode> probes = Probe.results(log);
        assertThat(probes).as("the build's and the app's probes ran:\n" + log).hasSizeGreaterThanOrEqualTo(2);
        Probe.assertConfinedWithoutNetwork(probes.getFirst(), data);
        probes.forEach(app -> Probe.assertConfined(app, data));
        assertThat(Files.readString(cachedNext)).as("the shared dependency cache").isEqualTo(nextPackage);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** The bare repository's folder: kept under the owner's id, whatever handle its address uses. */
    private static Path repositoryOnDisk(Path data, String name) throws java.io.IOException {
        try (var found = Files.find(data.resolve("git"), 2, (path, attributes) -> attributes.isDirectory()
                && path.getFileName().toString().equals(name + ".git"))) {
            return found.findFirst().orElseThrow(() -> new AssertionError("no repository " + name + " on disk"));
        }
    }
}
