package dev.truecoding.change;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.truecoding.account.AccountService;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.deploy.HostClient;
import dev.truecoding.generation.CodeValidator;
import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.support.ApiClient;
import dev.truecoding.support.Await;
import dev.truecoding.support.CookieClient;
import dev.truecoding.support.GitCommand;
import dev.truecoding.support.HttpApiClient;
import dev.truecoding.support.SseEvent;
import dev.truecoding.system.DatabaseUrl;
import dev.truecoding.toolchain.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * "Undo this change" for real: a generated app live on the built-in deployer (real npm builds, PGlite, git), a
 * destructive change (a column dropped) applied through the iteration chat, rows written after it, then the undo:
 * stated first (the rows written since, per table), refused to another person (404, nothing changed), and run as
 * if True Coding had been killed during it — it resumes and ends with the old version serving the dropped values
 * again, a revert commit on top of the history, and the next change starting from the version undo returned to.
 * The snapshot limit is 0 MB here: every snapshot but the one undo needs is pruned, and that one survives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "truecoding.data-dir=target/test-data",
        "truecoding.chat.messages-per-minute=1000",
        "truecoding.deploy.snapshot-limit-mb=0",
        "truecoding.jobs.heartbeat=1s", "truecoding.jobs.missed-heartbeats=4", "truecoding.jobs.polling-interval=500ms",
        "truecoding.database-url=jdbc:h2:mem:truecoding-undo-e2e" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1"})
class UndoEndToEndTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Changes changes;

    @Autowired
    AccountService accounts;

    @TempDir
    Path scratch;

    private String email;
    private String token;
    private CookieClient browser;
    private ApiClient api;
    private GitCommand git;

    @BeforeEach
    void needsNpmAndGit() throws Exception {
        boolean available = CodeValidator.npmAvailable() && GitCommand.available();
        if (!available && Boolean.getBoolean("truecoding.test.strict")) {
            fail("npm, node and git must be on PATH: truecoding.test.strict is true");
        }
        assumeTrue(available, "npm, node or git is missing: the undo end-to-end test is skipped");
        email = "undo-" + UUID.randomUUID() + "@example.com";
        browser = new CookieClient();
        token = browser.signUpAndCreateToken(base(), email);
        api = new HttpApiClient(base(), token, json);
        git = new GitCommand(scratch);
    }

    @Test
    void undoOfADroppedColumnBringsItsValuesBackOnTheOldVersionAfterSayingWhatGoesAndSurvivesAKill() throws Exception {
        String project = api.liveProject("Recipe Box", GenerationApiTests.plan());
        String host = URI.create(api.get("/api/projects/" + project).get("productionUrl").asString()).getHost();
        String firstDeployment = api.get("/api/projects/" + project + "/deployments").get(0).get("id").asString();

        try (HostClient app = new HostClient(port)) {
            Map<String, String> signedIn = app.signUp(host, "ada@example.com");
            assertThat(app.send("POST", host, "/api/recipes", "application/json",
                    "{\"title\":\"Lentil soup\",\"servings\":4}", signedIn).status()).isBetween(200, 201);

            // The destructive change: Recipe.servings dropped, with the owner's yes.
            String dropped = api.proposedChange(project, "remove field Recipe.servings");
            applied(dropped, true);
            JsonNode change = api.get("/api/changes/" + dropped);
            assertThat(change.get("status").asString()).as("%s", change.path("errorMessage")).isEqualTo("APPLIED");
            assertThat(app.get(host, "/api/recipes").body()).contains("Lentil soup").doesNotContain("servings");
            String changeCommit = change.get("commitSha").asString();
            assertThat(app.send("POST", host, "/api/recipes", "application/json", "{\"title\":\"Written after\"}", signedIn)
                    .status()).isBetween(200, 201);

            // What undo would do, stated first: the version it returns to, and the rows written since, per table.
            JsonNode plan = api.get("/api/changes/" + dropped + "/undo");
            assertThat(plan.get("possible").asBoolean()).as("%s", plan.path("refusal")).isTrue();
            assertThat(plan.get("returnsToDeploymentId").asString()).isEqualTo(firstDeployment);
            assertThat(plan.get("rowsWrittenSince").asLong()).isEqualTo(1);
            JsonNode recipes = rowsOf(plan, "recipes");
            assertThat(recipes.get("rowsWhenLive").asLong()).isEqualTo(1);
            assertThat(recipes.get("rowsNow").asLong()).isEqualTo(2);
            assertThat(recipes.get("written").asLong()).isEqualTo(1);
            String page = browser.browse(base() + "/projects/" + project + "/changes/" + dropped + "/undo").body();
            assertThat(page).contains("undo-form").contains("recipes");

            // Someone else's change is not found, and asking changes nothing.
            ApiClient stranger = new HttpApiClient(base(), new CookieClient().signUpAndCreateToken(base(),
                    "stranger-" + UUID.randomUUID() + "@example.com"), json);
            assertThat(stranger.send("GET", "/api/changes/" + dropped + "/undo", null).status()).isEqualTo(404);
            assertThat(stranger.send("POST", "/api/changes/" + dropped + "/undo", Map.of()).status()).isEqualTo(404);
            assertThat(api.get("/api/changes/" + dropped).get("status").asString()).isEqualTo("APPLIED");
            assertThat(app.get(host, "/api/recipes").body()).contains("Written after");

            // The undo, as an instance killed during it leaves it: UNDOING, its job picked by a dead instance.
            SignedInUser person = accounts.authenticateWithToken(email, token).orElseThrow();
            scheduler.pause();
            try {
                changes.undo(person, dropped);
                jdbc.sql("UPDATE changes SET attempts = 1 WHERE id = ?").param(dropped).update();
                int picked = jdbc.sql("""
                        UPDATE scheduled_tasks SET picked = TRUE, picked_by = 'killed-instance', last_heartbeat = ?,
                            version = version + 1 WHERE task_instance = ?""")
                        .params(Timestamp.from(Instant.now().minusSeconds(3600)), dropped).update();
                assertThat(picked).isEqualTo(1);
            } finally {
                scheduler.resume();
            }
            Change undone = Await.until("the undo of " + dropped, Duration.ofMinutes(5),
                    () -> changes.get(person.id(), dropped), c -> c.status() != ChangeStatus.UNDOING);
            assertThat(undone.status()).as("%s", undone.errorMessage()).isEqualTo(ChangeStatus.UNDONE);
            assertThat(changes.events(person.id(), dropped, 0)).extracting(e -> e.progress().message())
                    .anyMatch(m -> m.startsWith("Resuming after True Coding restarted (attempt 2 of 3)"))
                    .anyMatch(m -> m.startsWith("Undone: the version before the change is live again"));

            // The old version serves the dropped values again; what was written since is gone.
            String served = app.get(host, "/api/recipes").body();
            assertThat(served).contains("Lentil soup").contains("\"servings\":4").doesNotContain("Written after");
            JsonNode projectNow = api.get("/api/projects/" + project);
            assertThat(projectNow.get("status").asString()).isEqualTo("LIVE");
            assertThat(projectNow.get("technicalPlan").toString()).contains("\"servings\"");
            JsonNode deployments = api.get("/api/projects/" + project + "/deployments");
            assertThat(deployments.get(0).get("status").asString()).isEqualTo("READY");
            assertThat(deployments.get(0).get("rollbackOf").asString()).isEqualTo(firstDeployment);
            assertThat(api.get("/api/deployments/" + firstDeployment).get("live").asBoolean()).isTrue();

            // The repository: a revert commit on top of the change's commit, history untouched.
            Path clone = scratch.resolve("app");
            assertThat(git.run(scratch, email, token, "clone", projectNow.get("githubRepoUrl").asString(), "app").succeeded()).isTrue();
            assertThat(git.run(clone, null, null, "log", "-1", "--format=%s").output()).startsWith("Undo: ");
            assertThat(git.run(clone, null, null, "rev-parse", "HEAD~1").output().strip()).isEqualTo(changeCommit);
            assertThat(git.run(clone, null, null, "grep", "-l", "servings", "HEAD", "--", "src").output()).contains("recipe");

            JsonNode again = api.get("/api/changes/" + dropped + "/undo");
            assertThat(again.get("possible").asBoolean()).isFalse();
            assertThat(again.get("reason").asString()).isEqualTo("ALREADY_UNDONE");
            assertThat(again.get("refusal").asString()).contains("already undone");
            assertThat(api.send("POST", "/api/changes/" + dropped + "/undo", Map.of()).status()).isEqualTo(409);

            // The next change starts from the version undo returned to, on its restored database.
            String next = api.proposedChange(project, "add field Recipe.rating: int default 0");
            assertThat(api.get("/api/changes/" + next).get("diff").toString()).doesNotContain("servings");
            applied(next, false);
            JsonNode nextChange = api.get("/api/changes/" + next);
            assertThat(nextChange.get("status").asString()).as("%s", nextChange.path("errorMessage")).isEqualTo("APPLIED");
            assertThat(app.get(host, "/api/recipes").body()).contains("\"servings\":4").contains("\"rating\":0");

            // Its snapshot pruned (here: deleted), undo says so and changes nothing.
            Trees.delete(Path.of("target/test-data/deploy", project, "snapshots"));
            JsonNode gone = api.get("/api/changes/" + next + "/undo");
            assertThat(gone.get("possible").asBoolean()).isFalse();
            assertThat(gone.get("reason").asString()).isEqualTo("SNAPSHOT_GONE");
            assertThat(gone.get("refusal").asString()).contains("no longer kept").contains("nothing was changed");
            ApiClient.Answer refused = api.send("POST", "/api/changes/" + next + "/undo", Map.of());
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body()).contains("no longer kept");
            assertThat(api.get("/api/changes/" + next).get("status").asString()).isEqualTo("APPLIED");
            assertThat(api.get("/api/projects/" + project).get("status").asString()).isEqualTo("LIVE");
            assertThat(app.get(host, "/api/recipes").body()).contains("\"rating\":0");
        }
    }

    private static JsonNode rowsOf(JsonNode plan, String table) {
        for (JsonNode row : plan.get("rowsSince")) {
            if (row.get("table").asString().equals(table)) {
                return row;
            }
        }
        throw new AssertionError("no row count of " + table + " in " + plan);
    }

    /** Applies the change, following its run's events to the end. */
    private List<JsonNode> applied(String change, boolean confirmDataLoss) throws Exception {
        return api.stream("POST", "/api/changes/" + change + "/apply", Map.of("confirmDataLoss", confirmDataLoss))
                .stream().map(SseEvent::data).toList();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
