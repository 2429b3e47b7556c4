package dev.truecoding.deploy;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.truecoding.generation.CodeValidator;
import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.generation.GenerationRequest;
import dev.truecoding.support.ApiClient;
import dev.truecoding.support.EndToEndTest;
import dev.truecoding.support.HttpApiClient;
import dev.truecoding.support.SseEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Deploying through the API on the built-in deployer, for real: a generated app goes live at its production URL
 * (pages and API, a record stored), is redeployed with its data kept, rolled back, and every refusal is clear.
 * One project is generated for the class (a generation is most of its time): the refusals and the cancel of a
 * queued deployment come first, while it has never been live, then it goes live.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeployEndToEndTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    Scheduler scheduler;

    private ApiClient api;
    private String project;

    @BeforeAll
    void aGeneratedProjectThatWasNeverDeployed() throws Exception {
        boolean npm = CodeValidator.npmAvailable();
        if (!npm && Boolean.getBoolean("truecoding.test.strict")) {
            fail("npm and node must be on PATH: truecoding.test.strict is true");
        }
        assumeTrue(npm, "npm is missing: the deploy tests are skipped");
        api = HttpApiClient.signUp(base(), json);
        project = generatedProject("Recipe Box");
    }

    @Order(2)
    @Test
    void aGeneratedAppGoesLiveKeepsItsDataAcrossRedeploysAndRollsBack() throws Exception {
        List<JsonNode> events = deployAndFollow(project);

        List<String> stages = events.stream().filter(e -> e.has("stage")).map(e -> e.get("stage").asString()).distinct().toList();
        assertThat(stages).containsSubsequence("importing", "building", "deploying", "ready");
        String url = events.getLast().get("url").asString();
        assertThat(url).matches("http://recipe-box-[a-z0-9]+\\.localhost:" + port + "/");
        JsonNode projectNow = api.get("/api/projects/" + project);
        assertThat(projectNow.get("status").asString()).isEqualTo("LIVE");
        assertThat(projectNow.get("productionUrl").asString()).isEqualTo(url);
        assertThat(projectNow.has("lastDeployAt")).isTrue();
        JsonNode first = api.get("/api/projects/" + project + "/deployments/latest");
        assertThat(first.get("status").asString()).isEqualTo("READY");
        assertThat(first.get("vercelDeploymentId").asString()).isEqualTo("builtin_" + first.get("id").asString());
        assertThat(first.get("live").asBoolean()).isTrue();

        String host = URI.create(url).getHost();
        try (HostClient app = new HostClient(port)) {
            assertThat(app.get(host, "/").status()).isEqualTo(200);
            assertThat(app.get(host, "/recipes").status()).isEqualTo(200);
            assertThat(app.send("POST", host, "/api/recipes", "application/json", "{\"title\":\"Lentil soup\"}").status())
                    .as("the plan asks for sign-in to create a recipe").isEqualTo(401);
            Map<String, String> signedIn = app.signUp(host, "ada@example.com");
            assertThat(app.send("POST", host, "/api/recipes", "application/json", "{\"title\":\"Lentil soup\"}", signedIn)
                    .status()).isBetween(200, 201);
            assertThat(app.get(host, "/api/recipes").body()).as("listing is public").contains("Lentil soup");

            JsonNode second = awaitEnd(api.post("/api/deploy", new DeployRequest(project, null, null)).get("id").asString());
            assertThat(second.get("status").asString()).isEqualTo("READY");
            assertThat(second.get("url").asString()).isEqualTo(url);
            assertThat(app.get(host, "/api/recipes").body()).as("the data survives a redeploy").contains("Lentil soup");

            JsonNode rollback = awaitEnd(api.post("/api/deployments/" + first.get("id").asString() + "/rollback", null)
                    .get("id").asString());
            assertThat(rollback.get("status").asString()).isEqualTo("READY");
            assertThat(rollback.get("rollbackOf").asString()).isEqualTo(first.get("id").asString());
            assertThat(api.get("/api/deployments/" + first.get("id").asString()).get("live").asBoolean()).isTrue();
            assertThat(app.get(host, "/api/recipes").body()).contains("Lentil soup");
        }
        JsonNode history = api.get("/api/projects/" + project + "/deployments");
        assertThat(history.valueStream().map(d -> d.get("status").asString()))
                .as("the three deployments, and the one canceled while queued")
                .containsExactlyInAnyOrder("READY", "READY", "READY", "CANCELED");
        assertThat(api.get("/api/deployments/" + first.get("id").asString() + "/events").toString())
                .contains("\"kind\":\"log\"");
    }

    @Order(1)
    @Test
    void refusalsAndCancelChangeNothing() throws Exception {
        String notGenerated = api.post("/api/projects", Map.of("name", "Not yet")).get("id").asString();
        ApiClient.Answer refused = api.send("POST", "/api/deploy", new DeployRequest(notGenerated, null, null));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("not been generated yet");
        assertThat(api.get("/api/projects/" + notGenerated + "/deployments").size()).isZero();

        assertThat(api.send("POST", "/api/deploy", new DeployRequest(project, "vercel", null)).status()).isEqualTo(409);
        scheduler.pause();
        String queued;
        try {
            queued = api.post("/api/deploy", new DeployRequest(project, null, null)).get("id").asString();
            ApiClient.Answer second = api.send("POST", "/api/deploy", new DeployRequest(project, null, null));
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.body()).contains("already going");
            ApiClient eve = HttpApiClient.signUp(base(), json);
            assertThat(eve.send("GET", "/api/deployments/" + queued, null).status()).isEqualTo(404);
            JsonNode canceled = api.post("/api/deployments/" + queued + "/cancel", null);
            assertThat(canceled.get("status").asString()).isEqualTo("CANCELED");
        } finally {
            scheduler.resume();
        }
        assertThat(api.send("POST", "/api/deployments/" + queued + "/cancel", null).status()).isEqualTo(409);
        assertThat(api.get("/api/projects/" + project).get("status").asString()).isEqualTo("DEPLOYING");
        assertThat(api.get("/api/projects/" + project).has("productionUrl")).isFalse();
    }

    private String generatedProject(String name) throws Exception {
        String project = api.approvedProject(name, GenerationApiTests.plan());
        String run = api.post("/api/generate", new GenerationRequest(project, null)).get("id").asString();
        JsonNode generated = api.awaitEnd("/api/generations/" + run, List.of("RUNNING"), Duration.ofMinutes(10));
        assertThat(generated.get("status").asString()).as("%s", generated.path("errorMessage")).isEqualTo("SUCCEEDED");
        return project;
    }

    /** The deployment's progress events, as a client streaming {@code POST /api/deploy} reads them. */
    private List<JsonNode> deployAndFollow(String project) throws Exception {
        return api.stream("POST", "/api/deploy", new DeployRequest(project, null, null)).stream()
                .filter(event -> event.name().equals("progress")).map(SseEvent::data).toList();
    }

    private JsonNode awaitEnd(String deployment) throws Exception {
        return api.awaitEnd("/api/deployments/" + deployment, List.of("QUEUED", "BUILDING"), Duration.ofMinutes(5));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
