package dev.truecoding.deploy;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.truecoding.generation.CodeValidator;
import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.support.CookieClient;
import dev.truecoding.system.DatabaseUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Deploying through the API on the built-in deployer, for real: a generated app goes live at its production URL
 * (pages and API, a record stored), is redeployed with its data kept, rolled back, and every refusal is clear.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "truecoding.data-dir=target/test-data",
        "truecoding.database-url=jdbc:h2:mem:truecoding-deploy-e2e" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1"})
class DeployEndToEndTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    Scheduler scheduler;

    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    @BeforeEach
    void needsNpm() throws Exception {
        boolean npm = CodeValidator.npmAvailable();
        if (!npm && Boolean.getBoolean("truecoding.test.strict")) {
            fail("npm and node must be on PATH: truecoding.test.strict is true");
        }
        assumeTrue(npm, "npm is missing: the deploy tests are skipped");
        token = new CookieClient().signUpAndCreateToken(base(), "deploy-" + UUID.randomUUID() + "@example.com");
    }

    @Test
    void aGeneratedAppGoesLiveKeepsItsDataAcrossRedeploysAndRollsBack() throws Exception {
        String project = generatedProject("Recipe Box");

        List<JsonNode> events = deployAndFollow(project);

        List<String> stages = events.stream().filter(e -> e.has("stage")).map(e -> e.get("stage").asString()).distinct().toList();
        assertThat(stages).containsSubsequence("importing", "building", "deploying", "ready");
        String url = events.getLast().get("url").asString();
        assertThat(url).matches("http://recipe-box-[a-z0-9]+\\.localhost:" + port + "/");
        JsonNode projectNow = api("GET", "/api/projects/" + project, null);
        assertThat(projectNow.get("status").asString()).isEqualTo("LIVE");
        assertThat(projectNow.get("productionUrl").asString()).isEqualTo(url);
        assertThat(projectNow.has("lastDeployAt")).isTrue();
        JsonNode first = api("GET", "/api/projects/" + project + "/deployments/latest", null);
        assertThat(first.get("status").asString()).isEqualTo("READY");
        assertThat(first.get("vercelDeploymentId").asString()).isEqualTo("builtin_" + first.get("id").asString());
        assertThat(first.get("live").asBoolean()).isTrue();

        String host = URI.create(url).getHost();
        try (HostClient app = new HostClient(port)) {
            assertThat(app.get(host, "/").status()).isEqualTo(200);
            assertThat(app.get(host, "/recipes").status()).isEqualTo(200);
            assertThat(app.send("POST", host, "/api/recipes", "application/json", "{\"title\":\"Lentil soup\"}").status())
                    .isBetween(200, 201);
            assertThat(app.get(host, "/api/recipes").body()).contains("Lentil soup");

            JsonNode second = awaitEnd(api("POST", "/api/deploy", "{\"projectId\":\"" + project + "\"}").get("id").asString());
            assertThat(second.get("status").asString()).isEqualTo("READY");
            assertThat(second.get("url").asString()).isEqualTo(url);
            assertThat(app.get(host, "/api/recipes").body()).as("the data survives a redeploy").contains("Lentil soup");

            JsonNode rollback = awaitEnd(api("POST", "/api/deployments/" + first.get("id").asString() + "/rollback", null)
                    .get("id").asString());
            assertThat(rollback.get("status").asString()).isEqualTo("READY");
            assertThat(rollback.get("rollbackOf").asString()).isEqualTo(first.get("id").asString());
            assertThat(api("GET", "/api/deployments/" + first.get("id").asString(), null).get("live").asBoolean()).isTrue();
            assertThat(app.get(host, "/api/recipes").body()).contains("Lentil soup");
        }
        JsonNode history = api("GET", "/api/projects/" + project + "/deployments", null);
        assertThat(history.size()).isEqualTo(3);
        assertThat(api("GET", "/api/deployments/" + first.get("id").asString() + "/events", null).toString())
                .contains("\"kind\":\"log\"");
    }

    @Test
    void refusalsAndCancelChangeNothing() throws Exception {
        String notGenerated = api("POST", "/api/projects", "{\"name\":\"Not yet\"}").get("id").asString();
        HttpResponse<String> refused = call("POST", "/api/deploy", "{\"projectId\":\"" + notGenerated + "\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("not been generated yet");
        assertThat(api("GET", "/api/projects/" + notGenerated + "/deployments", null).size()).isZero();

        String project = generatedProject("Queue");
        assertThat(call("POST", "/api/deploy", "{\"projectId\":\"" + project + "\",\"target\":\"vercel\"}").statusCode()).isEqualTo(409);
        scheduler.pause();
        String queued;
        try {
            queued = api("POST", "/api/deploy", "{\"projectId\":\"" + project + "\"}").get("id").asString();
            HttpResponse<String> second = call("POST", "/api/deploy", "{\"projectId\":\"" + project + "\"}");
            assertThat(second.statusCode()).isEqualTo(409);
            assertThat(second.body()).contains("already going");
            String eve = new CookieClient().signUpAndCreateToken(base(), "eve-" + UUID.randomUUID() + "@example.com");
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base() + "/api/deployments/" + queued))
                    .header("Authorization", "Bearer " + eve).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
            JsonNode canceled = api("POST", "/api/deployments/" + queued + "/cancel", null);
            assertThat(canceled.get("status").asString()).isEqualTo("CANCELED");
        } finally {
            scheduler.resume();
        }
        assertThat(call("POST", "/api/deployments/" + queued + "/cancel", null).statusCode()).isEqualTo(409);
        assertThat(api("GET", "/api/projects/" + project, null).get("status").asString()).isEqualTo("DEPLOYING");
        assertThat(api("GET", "/api/projects/" + project, null).has("productionUrl")).isFalse();
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

    private List<JsonNode> deployAndFollow(String project) throws Exception {
        HttpResponse<java.util.stream.Stream<String>> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/deploy"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"projectId\":\"" + project + "\"}")).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        String[] name = {""};
        response.body().forEach(line -> {
            if (line.startsWith("event:")) {
                name[0] = line.substring(6).strip();
            } else if (line.startsWith("data:") && name[0].equals("progress")) {
                events.add(json.readTree(line.substring(5)));
            }
        });
        return events;
    }

    private JsonNode awaitEnd(String deployment) throws Exception {
        for (int i = 0; i < 1500; i++) {
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
