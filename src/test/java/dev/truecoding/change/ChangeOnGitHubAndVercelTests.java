package dev.truecoding.change;

import dev.truecoding.github.fake.FakeGitHub;
import dev.truecoding.support.ApiClient;
import dev.truecoding.support.ApplicationTest;
import dev.truecoding.support.SseEvent;
import dev.truecoding.vercel.fake.FakeVercel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A change to an app on GitHub deployed by Vercel, against their fakes: the commit goes on top of the owner's own
 * commit made on GitHub, as a full tree (files the plan no longer produces leave it), and Vercel deploys it; a
 * change whose build fails leaves the previous deployment serving, and is applied again after the owner's fix;
 * a conflict is settled by the side the owner picks, from the API and from the change's page.
 */
@TestPropertySource(properties = {"truecoding.generation.npm=false", "truecoding.chat.messages-per-minute=1000",
        "truecoding.vercel.poll-interval=10ms", "truecoding.vercel.poll-max-interval=40ms",
        "truecoding.vercel.deploy-timeout=10s"})
class ChangeOnGitHubAndVercelTests extends ApplicationTest {

    static final FakeGitHub github = new FakeGitHub();
    static final FakeVercel vercel = new FakeVercel();

    @DynamicPropertySource
    static void useTheFakes(DynamicPropertyRegistry registry) {
        registry.add("truecoding.github.api-url", github::url);
        registry.add("truecoding.github.url", github::url);
        registry.add("truecoding.vercel.api-url", vercel::url);
        registry.add("truecoding.vercel.web-url", vercel::url);
    }

    private ApiUser ada;
    private ApiClient api;
    private GitHubVercelApp app;

    @BeforeEach
    void aLiveAppOnGitHubAndVercel() throws Exception {
        ada = signUp();
        api = api(ada);
        app = GitHubVercelApp.live(api, github, vercel, "Recipe Box");
    }

    @Test
    void theCommitGoesOnTopOfTheOwnersCommitAsAFullTreeAndVercelDeploysIt() throws Exception {
        String format = app.files(app.head()).get("src/lib/format.ts");
        app.push("src/lib/format.ts", format + "// kept by the owner\n", "Owner's tweak");
        String owners = app.push("NOTES.md", "# Notes of my own\n", "Owner's notes");
        assertThat(app.files(owners)).containsKey("src/server/cookbook.ts");
        int treesBefore = app.treesPosted().size();

        String change = app.proposed("remove entity Cookbook");
        List<JsonNode> events = applied(change, Map.of("confirmDataLoss", true));

        JsonNode applied = api.get("/api/changes/" + change);
        assertThat(applied.get("status").asString()).as("%s", applied.path("errorMessage")).isEqualTo("APPLIED");
        assertThat(events.stream().map(e -> e.get("stage").asString()).distinct().toList())
                .containsSubsequence("merging", "committing", "deploying", "live");
        String commit = applied.get("commitSha").asString();
        assertThat(app.head()).isEqualTo(commit);
        assertThat(github.commit(commit).parents()).as("on top of the owner's commit").containsExactly(owners);
        assertThat(github.commit(commit).message()).contains("Cookbook");
        var tree = app.files(commit);
        assertThat(tree.get("NOTES.md")).isEqualTo("# Notes of my own\n");
        assertThat(tree.get("src/lib/format.ts")).endsWith("// kept by the owner\n");
        assertThat(tree).doesNotContainKey("src/server/cookbook.ts").containsKey("src/server/recipe.ts");
        assertThat(tree.keySet()).noneMatch(path -> path.toLowerCase().contains("cookbook"));
        List<JsonNode> posted = app.treesPosted();
        assertThat(posted).hasSize(treesBefore + 1);
        assertThat(posted.getLast().has("base_tree")).as("a full tree, not layered on the old one").isFalse();

        JsonNode deployment = api.get("/api/deployments/" + applied.get("deploymentId").asString());
        assertThat(deployment.get("provider").asString()).isEqualTo("vercel");
        assertThat(deployment.get("status").asString()).isEqualTo("READY");
        assertThat(deployment.get("commitSha").asString()).isEqualTo(commit);
        assertThat(vercel.deployment(deployment.get("vercelDeploymentId").asString()).orElseThrow().sha).isEqualTo(commit);
        JsonNode project = api.get("/api/projects/" + app.project);
        assertThat(project.get("status").asString()).isEqualTo("LIVE");
        assertThat(project.get("technicalPlan").toString()).doesNotContain("\"Cookbook\"");
    }

    @Test
    void anAppliedChangeIsTheNextPlanVersionWithItsCommitAndTheDeploymentThatServesIt() throws Exception {
        JsonNode before = api.get("/api/projects/" + app.project + "/plan-versions");
        int newest = before.get(0).get("version").asInt();

        String change = app.proposed("add field Recipe.rating: int default 0");
        applied(change, Map.of("confirmDataLoss", false));

        JsonNode applied = api.get("/api/changes/" + change);
        assertThat(applied.get("status").asString()).as("%s", applied.path("errorMessage")).isEqualTo("APPLIED");
        JsonNode versions = api.get("/api/projects/" + app.project + "/plan-versions");
        assertThat(versions.size()).isEqualTo(before.size() + 1);
        JsonNode version = versions.get(0);
        assertThat(version.get("version").asInt()).isEqualTo(newest + 1);
        assertThat(version.get("commitSha").asString()).isEqualTo(applied.get("commitSha").asString());
        assertThat(version.get("deploymentId").asString()).isEqualTo(applied.get("deploymentId").asString());
        assertThat(api.get("/api/projects/" + app.project + "/plan-versions/" + (newest + 1)).get("technicalPlan").toString())
                .contains("rating");
        JsonNode diff = api.get("/api/projects/" + app.project + "/plan-versions/" + (newest + 1) + "/diff?from=" + newest);
        assertThat(diff.get("diff").get("changes").toString()).contains("rating");
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/projects/" + app.project + "/versions").session(ada.session()).header("Accept-Language", "pt-BR"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("mudança aplicada ao app no ar");
    }

    @Test
    void aChangeWhoseBuildFailsLeavesThePreviousDeploymentServingAndGoesLiveWhenAppliedAgainAfterAFix() throws Exception {
        String url = api.get("/api/projects/" + app.project).get("productionUrl").asString();
        vercel.nextBuild(FakeVercel.Build.failing("BUILD_FAILED", "Command \"npm run build\" exited with 1",
                "src/lib/format.ts:3:7 Type error: Type 'string' is not assignable to type 'number'."));
        String change = app.proposed("add field Recipe.rating: int default 0");

        List<JsonNode> first = applied(change, Map.of("confirmDataLoss", false));

        JsonNode failed = api.get("/api/changes/" + change);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("errorMessage").asString()).contains("The deployment failed").contains("previous version still serves");
        assertThat(failed.get("errorDetails").asString()).contains("Type error");
        assertThat(first.getLast().get("message").asString()).contains("The deployment failed");
        JsonNode project = api.get("/api/projects/" + app.project);
        assertThat(project.get("status").asString()).as("back to live, not FAILED with a dead app").isEqualTo("LIVE");
        assertThat(project.get("productionUrl").asString()).isEqualTo(url);
        assertThat(api.get("/api/deployments/" + app.firstDeployment).get("live").asBoolean()).isTrue();
        String committed = failed.get("commitSha").asString();
        assertThat(app.commitsOf(change)).containsExactly(committed);

        // The owner fixes it on GitHub, then applies the same change again.
        String fix = app.push("src/lib/format.ts", app.files(app.head()).get("src/lib/format.ts") + "// fixed\n", "Fix the type error");
        List<SseEvent> again = api.stream("POST", "/api/changes/" + change + "/apply", Map.of("confirmDataLoss", false));

        assertThat(again.getFirst().data().get("message").asString()).startsWith("Queued again");
        assertThat(again).as("this attempt's events only").noneMatch(event -> event.name().equals("failed"));
        assertThat(again.getLast().data().get("stage").asString()).isEqualTo("live");
        JsonNode applied = api.get("/api/changes/" + change);
        assertThat(applied.get("status").asString()).as("%s", applied.path("errorMessage")).isEqualTo("APPLIED");
        assertThat(applied.has("errorMessage")).isFalse();
        assertThat(applied.get("commitSha").asString()).as("the fix, on top of the change's commit").isEqualTo(fix);
        assertThat(app.commitsOf(change)).as("not committed again").containsExactly(committed);
        assertThat(api.get("/api/deployments/" + applied.get("deploymentId").asString()).get("commitSha").asString())
                .isEqualTo(fix);
        assertThat(api.get("/api/projects/" + app.project).get("technicalPlan").toString()).contains("\"rating\"");
        assertThat(api.send("POST", "/api/changes/" + change + "/apply", Map.of()).status())
                .as("an applied change is not applied again").isEqualTo(409);
    }

    @Test
    void aConflictIsSettledByTheSideTheOwnerPicksFromTheApiOrTheChangesPage() throws Exception {
        String owners = app.push("src/validation/recipe.ts", "// rewritten by the owner\nexport const mine = true;\n",
                "Owner rewrites the recipe validation");
        String change = app.proposed("add field Recipe.notes: text");

        applied(change, Map.of("confirmDataLoss", false));
        JsonNode conflict = api.get("/api/changes/" + change);
        assertThat(conflict.get("status").asString()).isEqualTo("FAILED");
        assertThat(conflict.get("errorMessage").asString()).contains("src/validation/recipe.ts").contains("resolveConflicts");
        assertThat(app.head()).isEqualTo(owners);
        ApiClient.Answer unknown = api.send("POST", "/api/changes/" + change + "/apply", Map.of("resolveConflicts", "mine-please"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("repository").contains("generated");
        assertThat(api.get("/api/changes/" + change).get("status").asString()).isEqualTo("FAILED");

        // The change's page offers a button per way forward, in the person's language.
        String page = mvc.perform(get("/projects/" + app.project + "/workspace").session(ada.session())
                .header("Accept-Language", "pt-BR")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"retry-change\"").contains("Aplicar de novo")
                .contains("value=\"repository\"").contains("Aplicar mantendo a minha versão onde os dois mudaram")
                .contains("value=\"generated\"").contains("Aplicar usando o lado gerado onde os dois mudaram");

        mvc.perform(post("/projects/" + app.project + "/changes/" + change + "/apply").session(ada.session()).with(csrf())
                .param("resolveConflicts", "repository")).andExpect(status().is3xxRedirection());
        JsonNode applied = api.awaitEnd("/api/changes/" + change, List.of("APPLYING"), Duration.ofMinutes(1));
        assertThat(applied.get("status").asString()).as("%s", applied.path("errorMessage")).isEqualTo("APPLIED");
        var tree = app.files(applied.get("commitSha").asString());
        assertThat(tree.get("src/validation/recipe.ts")).isEqualTo("// rewritten by the owner\nexport const mine = true;\n");
        assertThat(tree.get("src/server/recipe.ts")).as("the rest of the change is there").contains("notes");
        assertThat(github.commit(applied.get("commitSha").asString()).parents()).containsExactly(owners);
        assertThat(api.get("/api/changes/" + change + "/events").toString()).contains("Conflicts settled by taking your version");
    }

    @Test
    void aPushThatLandsWhileTheChangeIsCommittedIsNeverOverwrittenAndTheChangeAppliedAgainMergesWithIt() throws Exception {
        String merged = app.head();
        String change = app.proposed("add field Recipe.rating: int default 0");
        // The owner's push lands after the change merged with the head and before its commit moves the branch.
        String[] pushed = new String[1];
        github.beforeNext("POST", "/repos/" + app.login + "/" + app.repo + "/git/commits",
                () -> pushed[0] = github.pushFile(app.login, app.repo, "NOTES.md", "# Pushed meanwhile\n", "Owner's push"));

        applied(change, Map.of("confirmDataLoss", false));

        JsonNode failed = api.get("/api/changes/" + change);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("errorMessage").asString()).contains("Someone pushed").contains("nothing was overwritten");
        assertThat(app.head()).isEqualTo(pushed[0]);
        assertThat(github.commit(pushed[0]).parents()).containsExactly(merged);
        assertThat(api.get("/api/projects/" + app.project).get("status").asString()).isEqualTo("LIVE");

        applied(change, Map.of("confirmDataLoss", false));
        JsonNode applied = api.get("/api/changes/" + change);
        assertThat(applied.get("status").asString()).as("%s", applied.path("errorMessage")).isEqualTo("APPLIED");
        assertThat(github.commit(applied.get("commitSha").asString()).parents()).containsExactly(pushed[0]);
        assertThat(app.files(applied.get("commitSha").asString())).containsEntry("NOTES.md", "# Pushed meanwhile\n");
    }

    /** Applies the change, following its run's events to the end. */
    private List<JsonNode> applied(String change, Map<String, Object> body) throws Exception {
        return api.stream("POST", "/api/changes/" + change + "/apply", body).stream().map(SseEvent::data).toList();
    }
}
