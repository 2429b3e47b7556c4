package dev.truecoding.change;

import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.generation.GenerationRequest;
import dev.truecoding.account.AccountService;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.Renames;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.project.ProjectService;
import dev.truecoding.project.ProjectStatus;
import dev.truecoding.support.ApiClient;
import dev.truecoding.support.ApplicationTest;
import dev.truecoding.support.SseEvent;
import dev.truecoding.system.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proposing changes through the iteration chat (the built-in guided assistant, its notation) and the changes API:
 * what a proposal shows, what applying refuses (nothing changed), discarding, and another person's change. The
 * project is made live here without a deployment (generated with the static checks only, then moved to Live):
 * the run itself is {@link ChangeEndToEndTests}'.
 */
@TestPropertySource(properties = {"truecoding.generation.npm=false", "truecoding.chat.messages-per-minute=1000"})
class ChangeApiTests extends ApplicationTest {

    @Autowired
    ProjectService projects;

    @Autowired
    Changes changes;

    @Autowired
    AccountService accounts;

    @Test
    void aChatMessageProposesAChangeThatTheNextMessageRefinesAndApplyingWithoutConfirmationChangesNothing() throws Exception {
        ApiUser ada = signUp();
        ApiClient api = api(ada);
        String project = liveProject(api, ada, "Recipe Box");

        JsonNode proposed = proposedBy(api, project, "add field Recipe.rating: int default 0");
        String changeId = proposed.get("changeId").asString();
        assertThat(proposed.get("summary").asString()).contains("Recipe.rating");
        assertThat(proposed.get("plan").toString()).contains("\"rating\"");
        assertThat(api.get("/api/projects/" + project).get("technicalPlan").toString())
                .as("the project's plan changes only once the change is applied").doesNotContain("\"rating\"");

        JsonNode listed = api.get("/api/projects/" + project + "/changes");
        assertThat(listed.size()).isEqualTo(1);
        JsonNode change = listed.get(0);
        assertThat(change.get("id").asString()).isEqualTo(changeId);
        assertThat(change.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(change.get("conversationId").asString()).isNotBlank();
        assertThat(change.get("diff").get("changes").get(0).get("words").asString()).isEqualTo("Add field Recipe.rating");
        assertThat(change.get("diff").get("technicalPatch").toString()).contains("\"op\":\"add\"").contains("rating");
        assertThat(change.get("dataEffects").get("effects").toString()).contains("NEW_COLUMN").contains("rating");
        assertThat(change.get("dataEffects").get("counted").asBoolean()).as("no live database to count in").isFalse();

        JsonNode refined = proposedBy(api, project, "remove field Recipe.servings");
        assertThat(refined.get("changeId").asString()).as("one proposal per conversation").isEqualTo(changeId);
        JsonNode now = api.get("/api/changes/" + changeId);
        assertThat(now.get("diff").get("changes").toString()).contains("Recipe.rating").contains("Recipe.servings");
        assertThat(now.get("dataEffects").get("effects").toString()).contains("DROPPED_COLUMN");
        assertThat(api.get("/api/projects/" + project + "/changes").size()).isEqualTo(1);
        // The workspace shows the proposal once the app has an address (no deployer runs here: one is recorded).
        projects.recordDeployment(userId(ada), project, "http://recipe-box.localhost:8080/", java.time.Instant.now());
        String workspace = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/projects/" + project + "/workspace").session(ada.session())).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(workspace).selectFirst("#proposal-usage").text())
                .as("the guided assistant runs no model: its replies cost nothing")
                .isEqualTo("The AI model's work on this change so far: 0 tokens · $0.00");
        JsonNode portuguese = tools.jackson.databind.json.JsonMapper.builder().build().readTree(mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/changes/" + changeId)
                                .session(ada.session()).header("Accept-Language", "pt-BR"))
                .andReturn().getResponse().getContentAsString());
        assertThat(portuguese.get("summary").asString()).as("a language asked for")
                .isEqualTo("Adiciona o campo Recipe.rating; remove o campo Recipe.servings");
        assertThat(portuguese.get("diff").get("changes").get(0).get("words").asString()).isEqualTo("Adiciona o campo Recipe.rating");
        assertThat(portuguese.get("dataEffects").get("effects").toString()).contains("Apaga Recipe.servings");
        assertThat(now.get("summary").asString()).as("no language asked for: English")
                .isEqualTo("Add field Recipe.rating; remove field Recipe.servings");

        ApiClient.Answer refused = api.send("POST", "/api/changes/" + changeId + "/apply", Map.of("confirmDataLoss", false));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("servings").contains("confirmDataLoss");
        assertThat(api.get("/api/changes/" + changeId).get("status").asString()).isEqualTo("PROPOSED");
        assertThat(api.get("/api/changes/" + changeId + "/events").size()).as("no run started").isZero();
        assertThat(api.get("/api/projects/" + project).get("status").asString()).isEqualTo("LIVE");
    }

    @Test
    void aChangeThatAddsAnEntityProposesItsFeatureInTheBusinessPlanToo() throws Exception {
        ApiUser ada = signUp();
        ApiClient api = api(ada);
        String project = liveProject(api, ada, "Recipe Box");
        projects.saveBusinessPlan(userId(ada), project, new BusinessPlan("Recipe Box", "Recipes kept.", "Family recipes.",
                "Recipes get lost.", new BusinessPlan.TargetAudience("Home cooks", null, List.of("Lost recipes")),
                List.of(new BusinessPlan.Feature("f1", "Recipes", "Keep recipes.", BusinessPlan.Priority.MUST_HAVE,
                        BusinessPlan.Complexity.LOW)), List.of(), null, null,
                List.of(new BusinessPlan.SuccessMetric("Recipes kept", "100", "3 months"))));
        int featuresBefore = api.get("/api/projects/" + project).get("businessPlan").get("coreFeatures").size();

        String changeId = proposedBy(api, project, "add a Tag entity, many-to-many with Recipe").get("changeId").asString();

        JsonNode change = api.get("/api/changes/" + changeId);
        JsonNode core = change.get("businessPlan").get("coreFeatures");
        assertThat(core.size()).isEqualTo(featuresBefore + 1);
        assertThat(core.get(featuresBefore).get("name").asString()).isEqualTo("Tags");
        assertThat(core.get(featuresBefore).get("priority").asString()).isEqualTo("should-have");
        assertThat(change.get("diff").get("changes").toString()).contains("Add feature Tags").contains("Tag");
        assertThat(api.get("/api/projects/" + project).get("businessPlan").get("coreFeatures").size())
                .as("the project's business plan changes only once the change is applied").isEqualTo(featuresBefore);
    }

    @Test
    void discardingAbandonsTheChatAndTheNextMessageStartsAnotherProposal() throws Exception {
        ApiUser ada = signUp();
        ApiClient api = api(ada);
        String project = liveProject(api, ada, "Discards");
        String first = proposedBy(api, project, "add field Recipe.rating: int").get("changeId").asString();

        JsonNode discarded = api.post("/api/changes/" + first + "/discard", null);
        assertThat(discarded.get("status").asString()).isEqualTo("DISCARDED");
        JsonNode conversations = api.get("/api/projects/" + project + "/conversations");
        assertThat(conversations.toString()).contains("ITERATION").contains("ABANDONED");
        assertThat(api.send("POST", "/api/changes/" + first + "/apply", null).status()).isEqualTo(409);
        assertThat(api.send("POST", "/api/changes/" + first + "/discard", null).status()).isEqualTo(409);

        String second = proposedBy(api, project, "add field Recipe.prepMinutes: int").get("changeId").asString();
        assertThat(second).isNotEqualTo(first);
        assertThat(api.get("/api/projects/" + project + "/changes").get(0).get("id").asString())
                .as("newest first").isEqualTo(second);
    }

    @Test
    void anotherPersonsChangeIsNotFoundAndHostileInputIsRefused() throws Exception {
        ApiUser ada = signUp();
        ApiClient api = api(ada);
        String project = liveProject(api, ada, "Private");
        String changeId = proposedBy(api, project, "add field Recipe.rating: int").get("changeId").asString();

        ApiClient eve = api(signUp());
        assertThat(eve.send("GET", "/api/changes/" + changeId, null).status()).isEqualTo(404);
        assertThat(eve.send("GET", "/api/projects/" + project + "/changes", null).status()).isEqualTo(404);
        assertThat(eve.send("POST", "/api/changes/" + changeId + "/apply", Map.of("confirmDataLoss", true)).status()).isEqualTo(404);
        assertThat(eve.send("POST", "/api/changes/" + changeId + "/discard", null).status()).isEqualTo(404);
        assertThat(eve.send("GET", "/api/changes/" + changeId + "/events", null).status()).isEqualTo(404);

        ApiClient.Answer nul = api.send("POST", "/api/changes/" + changeId + "/renames",
                Map.of("answers", List.of(Map.of("from", "Recipe.a\u0000", "to", "Recipe.b", "rename", true))));
        assertThat(nul.status()).isEqualTo(400);
        ApiClient.Answer notAsked = api.send("POST", "/api/changes/" + changeId + "/renames",
                Map.of("answers", List.of(Map.of("from", "Recipe.title", "to", "Recipe.name", "rename", true))));
        assertThat(notAsked.status()).isEqualTo(400);
        assertThat(notAsked.body()).contains("not an open question");
        ApiClient.Answer huge = api.send("POST", "/api/changes/" + changeId + "/apply",
                "{\"confirmDataLoss\":false,\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(api.get("/api/changes/" + changeId).get("status").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void aProposalThatChangesNothingIsRefused() throws Exception {
        ApiUser ada = signUp();
        ApiClient api = api(ada);
        String project = liveProject(api, ada, "Same");
        String owner = userId(ada);
        TechnicalPlan same = projects.get(owner, project).technicalPlan();
        assertThatThrownBy(() -> changes.propose(owner, project, null, same, null, Renames.NONE))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changes nothing");
        assertThat(api.get("/api/projects/" + project + "/changes").size()).isZero();
    }

    @Test
    void aRemovalAndAnAdditionOfTheSameShapeWaitForTheOwnersAnswerWhetherItIsARename() throws Exception {
        ApiUser ada = signUp();
        ApiClient api = api(ada);
        String project = liveProject(api, ada, "Renames");
        String owner = userId(ada);
        TechnicalPlan renamed = json.readValue(json.writeValueAsString(projects.get(owner, project).technicalPlan())
                .replace("\"name\":\"title\"", "\"name\":\"headline\""), TechnicalPlan.class);
        String changeId = changes.propose(owner, project, null, renamed, null, Renames.NONE).id();

        JsonNode asked = api.get("/api/changes/" + changeId);
        assertThat(asked.get("diff").get("possibleRenames").get(0).get("from").asString()).isEqualTo("Recipe.title");
        assertThat(asked.get("dataEffects").get("effects").toString()).contains("DROPPED_COLUMN");
        ApiClient.Answer refused = api.send("POST", "/api/changes/" + changeId + "/apply", Map.of("confirmDataLoss", true));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("renames").contains("/api/changes/" + changeId + "/renames");

        JsonNode answered = api.post("/api/changes/" + changeId + "/renames",
                Map.of("answers", List.of(Map.of("from", "Recipe.title", "to", "Recipe.headline", "rename", true))));
        assertThat(answered.get("diff").get("possibleRenames").size()).isZero();
        assertThat(answered.get("diff").get("changes").toString()).contains("RENAMED");
        assertThat(answered.get("dataEffects").get("effects").toString()).contains("RENAMED_COLUMN")
                .doesNotContain("DROPPED_COLUMN");
        assertThat(answered.get("dataEffects").get("effects").toString()).contains("headline");
        assertThat(api.send("POST", "/api/changes/" + changeId + "/renames",
                Map.of("answers", List.of(Map.of("from", "Recipe.title", "to", "Recipe.headline", "rename", false))))
                .status()).as("answered already").isEqualTo(400);
    }

    /** A generated project (static checks only), moved on to Live as if its deployment had gone live. */
    private String liveProject(ApiClient api, ApiUser user, String name) throws Exception {
        String project = api.approvedProject(name, GenerationApiTests.plan());
        String run = api.post("/api/generate", new GenerationRequest(project, null)).get("id").asString();
        assertThat(api.awaitGeneration(run).get("status").asString()).isEqualTo("SUCCEEDED");
        String owner = userId(user);
        if (projects.get(owner, project).status() == ProjectStatus.GENERATING) {
            projects.moveTo(owner, project, ProjectStatus.DEPLOYING);
        }
        projects.moveTo(owner, project, ProjectStatus.LIVE);
        return project;
    }

    /** The person's id (the API names people by handle). */
    private String userId(ApiUser user) {
        return accounts.authenticateWithToken(user.email(), user.token()).orElseThrow().id();
    }

    /** The {@code plan_ready} event of an iteration chat message. */
    private JsonNode proposedBy(ApiClient api, String project, String message) throws Exception {
        List<SseEvent> events = api.stream("POST", "/api/chat", Map.of("projectId", project, "phase", "iteration",
                "message", message));
        return events.stream().filter(event -> event.name().equals("plan_ready")).map(SseEvent::data).findFirst()
                .orElseThrow(() -> new AssertionError("no plan_ready for '" + message + "': " + events));
    }
}
