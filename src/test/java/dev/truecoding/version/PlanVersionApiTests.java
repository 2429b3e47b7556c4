package dev.truecoding.version;

import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.generation.GenerationRequest;
import dev.truecoding.support.ApiClient;
import dev.truecoding.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every approved plan is a numbered version, read and compared through the API; a generation that commits
 * records its commit on the newest version (validated with the static checks only, as in {@code GenerationApiTests}).
 */
@TestPropertySource(properties = "truecoding.generation.npm=false")
class PlanVersionApiTests extends ApplicationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachApprovalKeepsTheApprovedPlansAsTheNextVersion() throws Exception {
        ApiClient api = api(signUp());
        String project = api.createProject("Recipe Box");
        api.put("/api/projects/" + project + "/business-plan", resource("/plans/full-business-plan.json"));
        api.post("/api/projects/" + project + "/business-plan/approve", null);
        api.put("/api/projects/" + project + "/technical-plan", GenerationApiTests.plan());
        api.post("/api/projects/" + project + "/technical-plan/approve", null);

        JsonNode list = api.get("/api/projects/" + project + "/plan-versions");
        assertThat(list.valueStream().map(v -> v.get("version").asInt()).toList()).containsExactly(2, 1);
        assertThat(list.valueStream().map(v -> v.get("approved").asString()).toList()).containsExactly("TECHNICAL", "BUSINESS");
        assertThat(list.get(0).has("commitSha")).isTrue();
        assertThat(list.get(0).get("commitSha").isNull()).isTrue();
        assertThat(list.get(0).get("deploymentId").isNull()).isTrue();
        assertThat(Instant.parse(list.get(1).get("createdAt").asString())).isBeforeOrEqualTo(Instant.parse(list.get(0).get("createdAt").asString()));

        JsonNode first = api.get("/api/projects/" + project + "/plan-versions/1");
        assertThat(first.get("businessPlan").get("name").asString()).isEqualTo("Recipe Box");
        assertThat(first.get("technicalPlan").isNull()).isTrue();
        JsonNode second = api.get("/api/projects/" + project + "/plan-versions/2");
        assertThat(second.get("businessPlan")).isEqualTo(first.get("businessPlan"));
        assertThat(second.get("technicalPlan").get("dataModel").get("entities").valueStream().map(e -> e.get("name").asString()))
                .containsExactly("Recipe", "Cookbook");

        JsonNode diff = api.get("/api/projects/" + project + "/plan-versions/2/diff?from=1");
        assertThat(diff.get("from").asInt()).isEqualTo(1);
        assertThat(diff.get("to").asInt()).isEqualTo(2);
        List<String> words = diff.get("diff").get("changes").valueStream().map(c -> c.get("words").asString()).toList();
        assertThat(words).contains("Add entity Recipe", "Add entity Cookbook");
        assertThat(diff.get("summary").asString()).startsWith("Add entity Recipe");
        assertThat(diff.get("diff").get("technicalPatch").get(0).get("op").asString()).isEqualTo("replace");
        assertThat(diff.get("diff").get("businessPatch").isEmpty()).as("the business plan did not change").isTrue();

        JsonNode back = api.get("/api/projects/" + project + "/plan-versions/1/diff?from=2");
        assertThat(back.get("diff").get("changes").valueStream().map(c -> c.get("words").asString()).toList())
                .contains("Remove entity Recipe", "Remove entity Cookbook");
        assertThat(api.get("/api/projects/" + project + "/plan-versions/2/diff?from=2").get("diff").get("changes").isEmpty()).isTrue();
    }

    @Test
    void aGenerationThatCommitsRecordsItsCommitOnTheNewestVersion() throws Exception {
        ApiClient api = api(signUp());
        String project = api.approvedProject("Commit Keeper", GenerationApiTests.plan());
        assertThat(api.get("/api/projects/" + project + "/plan-versions/1").get("commitSha").isNull()).isTrue();

        String runId = api.post("/api/generate", new GenerationRequest(project, null)).get("id").asString();
        JsonNode run = api.awaitGeneration(runId);

        assertThat(run.get("status").asString()).isEqualTo("SUCCEEDED");
        JsonNode versions = api.get("/api/projects/" + project + "/plan-versions");
        assertThat(versions.size()).isEqualTo(1);
        assertThat(versions.get(0).get("commitSha").asString()).isEqualTo(run.get("commitSha").asString()).matches("[0-9a-f]{40}");
        assertThat(versions.get(0).get("deploymentId").isNull()).isTrue();
    }

    @Test
    void aPlanEditedAfterItsApprovalAndGeneratedIsAVersionOfItsOwnWithThatCommit() throws Exception {
        ApiClient api = api(signUp());
        String project = api.approvedProject("Edited Later", GenerationApiTests.plan());
        ObjectNode edited = (ObjectNode) json.readTree(GenerationApiTests.plan());
        ((ArrayNode) edited.get("dataModel").get("entities").get(0).get("fields"))
                .add(json.createObjectNode().put("name", "prepMinutes").put("type", "int").put("required", false));
        api.put("/api/projects/" + project + "/technical-plan", edited.toString()); // still Connecting: no approval needed

        JsonNode first = api.awaitGeneration(api.post("/api/generate", new GenerationRequest(project, null)).get("id").asString());
        JsonNode versions = api.get("/api/projects/" + project + "/plan-versions");
        assertThat(versions.valueStream().map(v -> v.get("version").asInt()).toList()).containsExactly(2, 1);
        assertThat(versions.get(0).get("approved").asString()).isEqualTo("GENERATION");
        assertThat(versions.get(0).get("commitSha").asString()).isEqualTo(first.get("commitSha").asString());
        assertThat(versions.get(1).get("commitSha").isNull()).as("version 1 was never generated").isTrue();
        assertThat(api.get("/api/projects/" + project + "/plan-versions/2/diff?from=1").get("summary").asString())
                .isEqualTo("Add field Recipe.prepMinutes");

        // Generating the same plans again is no new version: the newest one gets the new commit.
        JsonNode again = api.awaitGeneration(api.post("/api/generate", new GenerationRequest(project, null)).get("id").asString());
        assertThat(again.get("commitSha").asString()).isNotEqualTo(first.get("commitSha").asString());
        versions = api.get("/api/projects/" + project + "/plan-versions");
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).get("commitSha").asString()).isEqualTo(again.get("commitSha").asString());
    }

    @Test
    void anotherPersonsProjectIsNotFoundAMissingVersionIsAProblemAndBadNumbersAreRefused() throws Exception {
        ApiClient ada = api(signUp());
        String project = ada.approvedProject("Private Plans", GenerationApiTests.plan());
        ApiClient bob = api(signUp());

        assertThat(bob.send("GET", "/api/projects/" + project + "/plan-versions", null).status()).isEqualTo(404);
        assertThat(bob.send("GET", "/api/projects/" + project + "/plan-versions/1", null).status()).isEqualTo(404);
        assertThat(bob.send("GET", "/api/projects/" + project + "/plan-versions/1/diff?from=1", null).status()).isEqualTo(404);

        ApiClient.Answer missing = ada.send("GET", "/api/projects/" + project + "/plan-versions/7", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).get("detail").asString()).isEqualTo("Plan version 7 not found");
        assertThat(ada.send("GET", "/api/projects/" + project + "/plan-versions/1/diff?from=3", null).status()).isEqualTo(404);

        for (String bad : List.of("0", "-1", "abc", "1.5", "99999999999")) {
            ApiClient.Answer answer = ada.send("GET", "/api/projects/" + project + "/plan-versions/" + bad, null);
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(json.readTree(answer.body()).get("field").asString()).isEqualTo("n");
        }
        ApiClient.Answer badFrom = ada.send("GET", "/api/projects/" + project + "/plan-versions/1/diff?from=first", null);
        assertThat(badFrom.status()).isEqualTo(400);
        assertThat(json.readTree(badFrom.body()).get("field").asString()).isEqualTo("from");
        assertThat(ada.send("GET", "/api/projects/" + project + "/plan-versions/1/diff", null).status()).isEqualTo(400);
    }

    @Test
    void aRefusedApprovalKeepsNoVersionAndDeletingTheProjectRemovesItsVersions() throws Exception {
        ApiClient api = api(signUp());
        String project = api.createProject("Short Lived");
        assertThat(api.send("POST", "/api/projects/" + project + "/business-plan/approve", null).status()).isEqualTo(409);
        assertThat(api.get("/api/projects/" + project + "/plan-versions").isEmpty()).isTrue();

        api.put("/api/projects/" + project + "/technical-plan", GenerationApiTests.plan());
        api.post("/api/projects/" + project + "/technical-plan/approve", null);
        assertThat(versionRows(project)).isEqualTo(1);

        assertThat(api.send("DELETE", "/api/projects/" + project, null).status()).isEqualTo(204);
        assertThat(versionRows(project)).isZero();
    }

    private long versionRows(String project) {
        return jdbc.sql("SELECT COUNT(*) FROM plan_versions WHERE project_id = ?").param(project).query(Long.class).single();
    }

    private static String resource(String path) throws Exception {
        try (var in = PlanVersionApiTests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
