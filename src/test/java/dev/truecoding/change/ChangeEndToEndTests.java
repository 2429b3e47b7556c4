package dev.truecoding.change;

import dev.truecoding.deploy.HostClient;
import dev.truecoding.generation.CodeValidator;
import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.support.ApiClient;
import dev.truecoding.support.EndToEndTest;
import dev.truecoding.support.CookieClient;
import dev.truecoding.support.GitCommand;
import dev.truecoding.support.HttpApiClient;
import dev.truecoding.support.SseEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Changing a live app for real: a generated app deployed on the built-in deployer, a record stored in it, commits
 * of the owner's own pushed with the real {@code git} client, then changes asked in the iteration chat (the
 * guided assistant's notation) and applied as one run — merged, validated with npm, committed, deployed.
 */
@EndToEndTest
class ChangeEndToEndTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @TempDir
    Path scratch;

    private String email;
    private String token;
    private ApiClient api;
    private GitCommand git;

    @BeforeEach
    void needsNpmAndGit() throws Exception {
        boolean available = CodeValidator.npmAvailable() && GitCommand.available();
        if (!available && Boolean.getBoolean("truecoding.test.strict")) {
            fail("npm, node and git must be on PATH: truecoding.test.strict is true");
        }
        assumeTrue(available, "npm, node or git is missing: the change end-to-end test is skipped");
        email = "change-" + UUID.randomUUID() + "@example.com";
        token = new CookieClient().signUpAndCreateToken(base(), email);
        api = new HttpApiClient(base(), token, json);
        git = new GitCommand(scratch);
    }

    @Test
    void changesKeepTheOwnersCommitsAndTheRecordsRemoveWhatThePlanDropsStopAtAConflictAndRenameWithTheRows() throws Exception {
        String project = api.liveProject("Recipe Box", GenerationApiTests.plan());
        String host = URI.create(api.get("/api/projects/" + project).get("productionUrl").asString()).getHost();
        String cloneUrl = api.get("/api/projects/" + project).get("githubRepoUrl").asString();
        Path clone = scratch.resolve("app");
        assertThat(git.run(scratch, email, token, "clone", cloneUrl, "app").succeeded()).isTrue();

        try (HostClient app = new HostClient(port)) {
            Map<String, String> signedIn = app.signUp(host, "ada@example.com");
            assertThat(app.send("POST", host, "/api/recipes", "application/json", "{\"title\":\"Lentil soup\"}", signedIn)
                    .status()).isBetween(200, 201);

            // The owner's own commit: an edit to a generated file the change does not touch, and a file of their own.
            Path format = clone.resolve("src/lib/format.ts");
            Files.writeString(format, Files.readString(format) + "// kept by the owner\n");
            Files.writeString(clone.resolve("NOTES.md"), "# Notes of my own\n");
            push(clone, "Owner's notes");

            // 1. An added field with a default: the run goes live, the record is still there and gets the default.
            String added = api.proposedChange(project, "add field Recipe.rating: int default 0");
            List<JsonNode> events = applied(added, false);
            assertThat(events.stream().map(e -> e.get("stage").asString()).distinct().toList())
                    .as("the last event: %s", events.getLast())
                    .containsSubsequence("merging", "validating", "committing", "deploying", "live");
            JsonNode change = api.get("/api/changes/" + added);
            assertThat(change.get("status").asString()).as("%s", change.path("errorMessage")).isEqualTo("APPLIED");
            JsonNode projectNow = api.get("/api/projects/" + project);
            assertThat(projectNow.get("status").asString()).isEqualTo("LIVE");
            assertThat(projectNow.get("technicalPlan").toString()).contains("\"rating\"");
            assertThat(api.get("/api/projects/" + project + "/conversations").toString()).contains("COMPLETED");
            String recipes = app.get(host, "/api/recipes").body();
            assertThat(recipes).contains("Lentil soup").contains("\"rating\"");

            pull(clone);
            assertThat(Files.readString(format)).endsWith("// kept by the owner\n");
            assertThat(clone.resolve("NOTES.md")).hasContent("# Notes of my own");
            assertThat(git.run(clone, null, null, "log", "-1", "--format=%s").output()).contains("Recipe.rating");
            assertThat(git.run(clone, null, null, "rev-parse", "HEAD").output().strip()).isEqualTo(change.get("commitSha").asString());

            // 1b. The owner pushes a type error: the next change fails validation, nothing is committed and the
            // previous deployment serves (although the build skips type checks and starts from the previous version's
            // caches); once the owner pushes the fix, the same change applied again goes live.
            Files.writeString(clone.resolve("src/lib/broken.ts"), "export const count: number = \"not a number\";\n");
            push(clone, "Owner's typo");
            String brokenHead = git.run(clone, null, null, "rev-parse", "HEAD").output().strip();
            String blocked = api.proposedChange(project, "add field Recipe.prepMinutes: int");
            List<JsonNode> blockedEvents = applied(blocked, false);
            JsonNode failedValidation = api.get("/api/changes/" + blocked);
            assertThat(failedValidation.get("status").asString()).isEqualTo("FAILED");
            assertThat(failedValidation.get("errorMessage").asString()).contains("failed at typecheck")
                    .contains("previous version still serves");
            assertThat(failedValidation.get("errorDetails").asString()).contains("broken.ts");
            assertThat(blockedEvents.getLast().get("message").asString()).contains("failed at typecheck");
            assertThat(git.run(clone, email, token, "ls-remote", "origin", "refs/heads/main").output()).startsWith(brokenHead);
            assertThat(api.get("/api/projects/" + project).get("status").asString()).isEqualTo("LIVE");
            assertThat(app.get(host, "/api/recipes").body()).contains("Lentil soup").doesNotContain("prepMinutes");
            assertThat(git.run(clone, null, null, "rm", "-q", "src/lib/broken.ts").succeeded()).isTrue();
            push(clone, "Fix the typo");
            applied(blocked, false);
            JsonNode retried = api.get("/api/changes/" + blocked);
            assertThat(retried.get("status").asString()).as("%s", retried.path("errorMessage")).isEqualTo("APPLIED");
            assertThat(app.get(host, "/api/recipes").body()).contains("Lentil soup").contains("prepMinutes");
            pull(clone);
            assertThat(clone.resolve("src/lib/broken.ts")).doesNotExist();

            // 2. A removed entity: refused without a yes, nothing changed; with it, its files leave the repository.
            assertThat(clone.resolve("src/server/cookbook.ts")).exists();
            String removed = api.proposedChange(project, "remove entity Cookbook");
            ApiClient.Answer refused = api.send("POST", "/api/changes/" + removed + "/apply", Map.of("confirmDataLoss", false));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body()).contains("Cookbook");
            assertThat(api.get("/api/changes/" + removed).get("status").asString()).isEqualTo("PROPOSED");
            applied(removed, true);
            assertThat(api.get("/api/changes/" + removed).get("status").asString()).isEqualTo("APPLIED");
            pull(clone);
            assertThat(clone.resolve("src/server/cookbook.ts")).doesNotExist();
            assertThat(clone.resolve("src/server/recipe.ts")).exists();
            assertThat(clone.resolve("NOTES.md")).exists();
            assertThat(app.get(host, "/api/recipes").body()).contains("Lentil soup");

            // 3. An outside edit that conflicts with the next change: reported, nothing committed, the app still live.
            Path validation = clone.resolve("src/validation/recipe.ts");
            Files.writeString(validation, "// rewritten by the owner\nexport const mine = true;\n");
            push(clone, "Owner rewrites the recipe validation");
            String ownersHead = git.run(clone, null, null, "rev-parse", "HEAD").output().strip();
            String conflicting = api.proposedChange(project, "add field Recipe.notes: text");
            List<JsonNode> failed = applied(conflicting, false);
            JsonNode conflict = api.get("/api/changes/" + conflicting);
            assertThat(conflict.get("status").asString()).isEqualTo("FAILED");
            assertThat(conflict.get("errorMessage").asString()).contains("src/validation/recipe.ts").contains("Nothing was committed");
            assertThat(conflict.get("errorDetails").asString()).contains("export const mine = true;");
            assertThat(failed.getLast().get("message").asString()).contains("src/validation/recipe.ts");
            assertThat(conflict.has("commitSha")).isFalse();
            assertThat(git.run(clone, email, token, "ls-remote", "origin", "refs/heads/main").output()).startsWith(ownersHead);
            assertThat(api.get("/api/projects/" + project).get("status").asString()).isEqualTo("LIVE");
            assertThat(app.get(host, "/api/recipes").body()).contains("Lentil soup");

            // 4. A renamed entity keeps its rows: the table is renamed in the migration, the record served at the new
            // route; the owner's rewritten validation of the old name stays as they left it.
            String renamed = api.proposedChange(project, "rename entity Recipe to Dish");
            JsonNode proposal = api.get("/api/changes/" + renamed);
            assertThat(proposal.get("dataEffects").toString()).contains("RENAMED_TABLE");
            applied(renamed, false);
            JsonNode rename = api.get("/api/changes/" + renamed);
            assertThat(rename.get("status").asString()).as("%s", rename.path("errorMessage")).isEqualTo("APPLIED");
            assertThat(app.get(host, "/api/dishes").body()).contains("Lentil soup");
            pull(clone);
            assertThat(clone.resolve("src/server/dish.ts")).exists();
            assertThat(clone.resolve("src/server/recipe.ts")).doesNotExist();
            assertThat(validation).hasContent("// rewritten by the owner\nexport const mine = true;\n");
            assertThat(clone.resolve("NOTES.md")).exists();
        }
    }

    /** Applies the change, following its run's events to the end. */
    private List<JsonNode> applied(String change, boolean confirmDataLoss) throws Exception {
        return api.stream("POST", "/api/changes/" + change + "/apply", Map.of("confirmDataLoss", confirmDataLoss))
                .stream().map(SseEvent::data).toList();
    }

    private void push(Path clone, String message) throws Exception {
        assertThat(git.run(clone, null, null, "add", "-A").succeeded()).isTrue();
        assertThat(git.run(clone, null, null, "commit", "-q", "-m", message).succeeded()).isTrue();
        GitCommand.Result pushed = git.run(clone, email, token, "push", "-q", "origin", "main");
        assertThat(pushed.succeeded()).as(pushed.output()).isTrue();
    }

    private void pull(Path clone) throws Exception {
        GitCommand.Result pulled = git.run(clone, email, token, "pull", "-q", "--ff-only", "origin", "main");
        assertThat(pulled.succeeded()).as(pulled.output()).isTrue();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
