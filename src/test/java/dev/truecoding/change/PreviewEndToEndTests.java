package dev.truecoding.change;

import dev.truecoding.deploy.HostClient;
import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.support.ApiClient;
import dev.truecoding.support.EndToEndTest;
import dev.truecoding.support.CookieClient;
import dev.truecoding.support.HttpApiClient;
import dev.truecoding.support.RequiresNpm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change tried first as a preview, for real: a generated app live on the built-in deployer with a record in it,
 * a change applied with {@code "preview": true} (served at its own address on a copy of the live data, production
 * untouched), then put live with {@code POST /api/deployments/{id}/promote}.
 */
@EndToEndTest
@RequiresNpm
class PreviewEndToEndTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    private ApiClient api;

    @BeforeEach
    void signUp() throws Exception {
        String email = "preview-" + UUID.randomUUID() + "@example.com";
        api = new HttpApiClient(base(), new CookieClient().signUpAndCreateToken(base(), email), json);
    }

    @Test
    void aChangeTriedAsAPreviewRunsOnACopyOfTheLiveDataAndGoesLiveWithProductionsRecords() throws Exception {
        String project = api.liveProject("Recipe Box", GenerationApiTests.plan());
        String production = api.get("/api/projects/" + project).get("productionUrl").asString();
        String host = URI.create(production).getAuthority();

        try (HostClient app = new HostClient(port)) {
            Map<String, String> owner = app.signUp(host, "ada@example.com");
            assertThat(app.send("POST", host, "/api/recipes", "application/json", "{\"title\":\"Lentil soup\"}", owner)
                    .status()).isBetween(200, 201);

            String change = api.proposedChange(project, "add field Recipe.rating: int default 0");
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

    private String base() {
        return "http://localhost:" + port;
    }
}
