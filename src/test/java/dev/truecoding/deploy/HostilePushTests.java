package dev.truecoding.deploy;

import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.support.CookieClient;
import dev.truecoding.support.GitCommand;
import dev.truecoding.support.Probe;
import dev.truecoding.support.RequiresNpm;
import dev.truecoding.system.DatabaseUrl;
import dev.truecoding.toolchain.Toolchain;
import dev.truecoding.toolchain.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner of a project clones it with the real git client, makes its build and start scripts run a probe
 * ({@code "build": "node probe.cjs && next build"}), pushes and deploys. The deploy still goes live, and neither the
 * build nor the running app could read True Coding's keys, repositories or environment, or write outside its
 * own folders; the build had no network.
 */
@RequiresNpm
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "truecoding.data-dir=target/test-data",
        "truecoding.database-url=jdbc:h2:mem:truecoding-deploy-e2e" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1"})
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
    private String token;

    @BeforeEach
    void signedIn() throws Exception {
        email = "owner-" + UUID.randomUUID() + "@example.com";
        token = new CookieClient().signUpAndCreateToken(base(), email);
    }

    @Test
    void aPushedBuildScriptAndTheAppItStartsAreConfined() throws Exception {
        Path data = dataDir.toAbsolutePath().normalize();
        String project = generatedProject("Probe Shop");
        JsonNode repository = api("GET", "/api/projects/" + project, null);
        String remote = base() + "/git/" + repository.get("githubRepoOwner").asString() + "/"
                + repository.get("githubRepoName").asString() + ".git";
        Path scratch = Files.createDirectories(Path.of("target/hostile-push").toAbsolutePath().resolve(project));
        Trees.delete(scratch.resolve("clone"));
        GitCommand git = new GitCommand(scratch);
        assertThat(git.run(scratch, email, token, "clone", remote, "clone").succeeded()).isTrue();
        Path clone = scratch.resolve("clone");
        ObjectNode pkg = (ObjectNode) json.readTree(Files.readString(clone.resolve("package.json")));
        ObjectNode scripts = (ObjectNode) pkg.get("scripts");
        scripts.put("build", "node probe.cjs && " + scripts.get("build").asString());
        scripts.put("start", "node probe.cjs && " + scripts.get("start").asString());
        Files.writeString(clone.resolve("package.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(pkg));
        Files.write(clone.resolve("probe.cjs"), Probe.script());
        Files.writeString(clone.resolve("probe-targets.json"), Probe.targets(data, data.resolve("keys/token-keyset.json"),
                data.resolve("git").resolve(repository.get("githubRepoOwner").asString())
                        .resolve(repository.get("githubRepoName").asString() + ".git/HEAD"),
                data.resolve("git"), "node_modules", "next/package.json", port));
        assertThat(git.run(clone, null, null, "add", "-A").succeeded()).isTrue();
        assertThat(git.run(clone, null, null, "commit", "-m", "Probe the build").succeeded()).isTrue();
        assertThat(git.run(clone, email, token, "push", "origin", "HEAD:main").output()).doesNotContain("rejected");
        Path cachedNext = toolchain.cachedDependencies(clone).orElseThrow().resolve("next/package.json");
        String nextPackage = Files.readString(cachedNext);

        JsonNode deployment = awaitEnd(api("POST", "/api/deploy", "{\"projectId\":\"" + project + "\"}").get("id").asString());

        assertThat(deployment.get("status").asString()).as(deployment.toString()).isEqualTo("READY");
        String log = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/deployments/"
                        + deployment.get("id").asString() + "/log")).header("Authorization", "Bearer " + token)
                .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString()).body();
        List<JsonNode> probes = Probe.results(log);
        assertThat(probes).as("the build's and the app's probes ran:\n" + log).hasSizeGreaterThanOrEqualTo(2);
        Probe.assertConfinedWithoutNetwork(probes.getFirst(), data);
        probes.forEach(app -> Probe.assertConfined(app, data));
        assertThat(Files.readString(cachedNext)).as("the shared dependency cache").isEqualTo(nextPackage);
    }

    private String generatedProject(String name) throws Exception {
        String project = api("POST", "/api/projects", "{\"name\":\"" + name + "\"}").get("id").asString();
        api("PUT", "/api/projects/" + project + "/technical-plan", GenerationApiTests.plan());
        api("POST", "/api/projects/" + project + "/technical-plan/approve", "");
        String run = api("POST", "/api/generate", "{\"projectId\":\"" + project + "\"}").get("id").asString();
        for (int i = 0; i < 3000; i++) {
            String status = api("GET", "/api/generations/" + run, null).get("status").asString();
            if (!status.equals("RUNNING")) {
                assertThat(status).isEqualTo("SUCCEEDED");
                return project;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("generation did not finish");
    }

    private JsonNode awaitEnd(String deployment) throws Exception {
        for (int i = 0; i < 3000; i++) {
            JsonNode d = api("GET", "/api/deployments/" + deployment, null);
            String status = d.get("status").asString();
            if (!status.equals("QUEUED") && !status.equals("BUILDING")) {
                return d;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("deployment did not finish");
    }

    private JsonNode api(String method, String path, String body) throws Exception {
        HttpResponse<String> response = call(method, path, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
