package dev.truecoding.change;

import dev.truecoding.deploy.DeployRequest;
import dev.truecoding.deploy.HostClient;
import dev.truecoding.generation.CodeValidator;
import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.generation.GenerationRequest;
import dev.truecoding.support.ApiClient;
import dev.truecoding.support.CookieClient;
import dev.truecoding.support.HttpApiClient;
import dev.truecoding.support.SseEvent;
import dev.truecoding.system.DatabaseUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A change tried first as a preview, for real: a generated app live on the built-in deployer with a record in it,
 * a change applied with {@code "preview": true} (served at its own address on a copy of the live data, production
 * untouched), then put live with {@code POST /api/deployments/{id}/promote}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "truecoding.data-dir=target/test-data-preview",
        "truecoding.chat.messages-per-minute=1000",
        "truecoding.database-url=jdbc:h2:mem:truecoding-preview-e2e" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1"})
class PreviewEndToEndTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    private ApiClient api;

    @BeforeEach
    void needsNpm() throws Exception {
        boolean available = CodeValidator.npmAvailable();
        if (!available && Boolean.getBoolean("truecoding.test.strict")) {
            fail("npm and node must be on PATH: truecoding.test.strict is true");
        }
        assumeTrue(available, "npm or node is missing: the preview end-to-end test is skipped");
        String email = "preview-" + UUID.randomUUID() + "@example.com";
        api = new HttpApiClient(base(), new CookieClient().signUpAndCreateToken(base(), email), json);
    }

    @Test
    void aChangeTriedAsAPreviewRunsOnACopyOfTheLiveDataAndGoesLiveWithProductionsRecords() throws Exception {
        String project = liveProject("Recipe Box");
        String production = api.get("/api/projects/" + project).get("productionUrl").asString();
        String host = URI.create(production).getAuthority();

        try (HostClient app = new HostClient(port)) {
            Map<String, String> owner = app.signUp(host, "ada@example.com");
            assertThat(app.send("POST", host, "/api/recipes", "application/json", "{\"title\":\"Lentil soup\"}", owner)
                    .status()).isBetween(200, 201);

            String change = proposed(project, "add field Recipe.rating: int default 0");
            api.stream("POST", "/api/changes/" + change + "/apply", Map.of("preview", true));

            JsonNode tried = api.get("/api/changes/" + change);
            assertThat(tried.get("status").asString()).as("%s", tried.path("errorMessage")).isEqualTo("PREVIEW");
            JsonNode projectNow = api.get("/api/projects/" + project);
            assertThat(projectNow.get("status").asString()).isEqualTo("LIVE");
            assertThat(projectNow.get("productionUrl").asString()).isEqualTo(production);
            assertThat(projectNow.get("technicalPlan").toString()).as("production's plan until it is put live")
                    .doesNotContain("\"rating\"");
            JsonNode preview = api.get("/api/deployments/" + tried.get("deploymentId").asString());
            assertThat(preview.get("preview").asBoolean()).isTrue();
            assertThat(preview.get("live").asBoolean()).isFalse();
            assertThat(preview.get("status").asString()).isEqualTo("READY");
            assertThat(preview.get("expiresAt").asString()).isNotBlank();
            String previewUrl = preview.get("url").asString();
            assertThat(previewUrl).contains("--preview-" + preview.get("previewNumber").asInt() + ".localhost:" + port);
            String previewHost = URI.create(previewUrl).getAuthority();

            // Production's records (and accounts) are in the preview, with the change's new field …
            Map<String, String> tester = app.signUp(previewHost, "grace@example.com");
            assertThat(app.send("GET", previewHost, "/api/recipes", null, null, tester).body())
                    .contains("Lentil soup").contains("\"rating\"");
            // … what the preview writes stays there, and production serves the previous version meanwhile.
            assertThat(app.send("POST", previewHost, "/api/recipes", "application/json", "{\"title\":\"Preview pie\"}",
                    tester).status()).isBetween(200, 201);
            String productionRecipes = app.send("GET", host, "/api/recipes", null, null, owner).body();
            assertThat(productionRecipes).contains("Lentil soup").doesNotContain("Preview pie").doesNotContain("\"rating\"");
            assertThat(app.send("POST", host, "/api/recipes", "application/json", "{\"title\":\"Bean stew\"}", owner)
                    .status()).isBetween(200, 201);

            // Not a preview: nothing to promote.
            String liveDeployment = api.get("/api/projects/" + project + "/deployments").valueStream()
                    .filter(d -> d.get("live").asBoolean()).findFirst().orElseThrow().get("id").asString();
            ApiClient.Answer refused = api.send("POST", "/api/deployments/" + liveDeployment + "/promote", null);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().toString()).contains("not a preview");

            String promote = api.post("/api/deployments/" + preview.get("id").asString() + "/promote", null).get("id").asString();
            JsonNode promoted = api.awaitEnd("/api/deployments/" + promote, List.of("QUEUED", "BUILDING"), Duration.ofMinutes(5));

            assertThat(promoted.get("status").asString()).as("%s", promoted.path("errorMessage")).isEqualTo("READY");
            assertThat(promoted.get("url").asString()).isEqualTo(production);
            String recipes = app.send("GET", host, "/api/recipes", null, null, owner).body();
            assertThat(recipes).contains("Lentil soup").contains("Bean stew").contains("\"rating\"")
                    .doesNotContain("Preview pie");
            assertThat(app.get(previewHost, "/").status()).isEqualTo(404);
            assertThat(api.get("/api/changes/" + change).get("status").asString()).isEqualTo("APPLIED");
            assertThat(api.get("/api/projects/" + project).get("technicalPlan").toString()).contains("\"rating\"");
            assertThat(api.get("/api/deployments/" + preview.get("id").asString()).get("previewEndedAt").asString()).isNotBlank();
            String events = api.get("/api/deployments/" + promote + "/events").toString();
            assertThat(events).contains("Rehearsing the migrations on a copy of the live data");
        }
    }

    /** A generated app deployed on the built-in deployer. */
    private String liveProject(String name) throws Exception {
        String project = api.approvedProject(name, GenerationApiTests.plan());
        String run = api.post("/api/generate", new GenerationRequest(project, null)).get("id").asString();
        JsonNode generated = api.awaitEnd("/api/generations/" + run, List.of("RUNNING"), Duration.ofMinutes(10));
        assertThat(generated.get("status").asString()).as("%s", generated.path("errorMessage")).isEqualTo("SUCCEEDED");
        String deployment = api.post("/api/deploy", new DeployRequest(project, null, null)).get("id").asString();
        JsonNode deployed = api.awaitEnd("/api/deployments/" + deployment, List.of("QUEUED", "BUILDING"), Duration.ofMinutes(5));
        assertThat(deployed.get("status").asString()).as("%s", deployed.path("errorMessage")).isEqualTo("READY");
        return project;
    }

    private String proposed(String project, String message) throws Exception {
        List<SseEvent> events = api.stream("POST", "/api/chat", Map.of("projectId", project, "phase", "iteration",
                "message", message));
        return events.stream().filter(event -> event.name().equals("plan_ready")).findFirst()
                .orElseThrow(() -> new AssertionError("no plan_ready for '" + message + "': " + events))
                .data().get("changeId").asString();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
