package dev.truecoding.generation;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.truecoding.account.AccountService;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.git.FileToCommit;
import dev.truecoding.git.GitHost;
import dev.truecoding.git.GitHosts;
import dev.truecoding.git.ProgressListener;
import dev.truecoding.git.RepositoryRef;
import dev.truecoding.support.ApplicationTest;
import dev.truecoding.support.SseEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Generation runs through the API on the built-in host, validated with the static checks only (the npm steps
 * are proven by {@code GenerationNpmTests}): the stages in order, what a run leaves behind, and the refusals.
 */
@TestPropertySource(properties = "truecoding.generation.npm=false")
public class GenerationApiTests extends ApplicationTest {

    public static final List<String> STAGES = List.of("creating_repo", "generating_files", "validating_code", "committing",
            "configuring_ci", "ready");

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    GitHosts hosts;

    @Test
    void aRunGoesThroughTheSeedsStagesAndLeavesACommittedRepository() throws Exception {
        ApiUser ada = signUp();
        String project = api(ada).approvedProject("Recipe Box", plan());

        MvcResult started = startJson(ada, project).andExpect(status().isAccepted())
                .andExpect(header().string("Location", containsString("/api/generations/")))
                .andExpect(jsonPath("$.status").value("RUNNING"))
                .andExpect(jsonPath("$.host").value("builtin")).andReturn();
        JsonNode run = api(ada).awaitGeneration(body(started).get("id").asString());

        assertThat(run.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(run.get("stage").asString()).isEqualTo("ready");
        assertThat(run.get("progress").asInt()).isEqualTo(100);
        String sha = run.get("commitSha").asString();
        assertThat(sha).matches("[0-9a-f]{40}");
        assertThat(run.get("repository").get("name").asString()).isEqualTo("recipe-box");
        assertThat(run.get("repository").get("cloneUrl").asString()).endsWith("/recipe-box.git").doesNotContain("@");
        assertThat(run.get("coverage").get("items").size()).isPositive();
        assertThat(run.get("validation").get(0).get("name").asString()).isEqualTo("static");
        assertThat(run.get("validation").get(0).get("outcome").asString()).isEqualTo("PASSED");

        List<JsonNode> events = api(ada).get("/api/generations/" + run.get("id").asString() + "/events").valueStream().toList();
        assertThat(events.stream().map(e -> e.get("progress").get("stage").asString()).distinct().toList()).isEqualTo(STAGES);
        assertThat(events).extracting(e -> e.get("progress").get("progress").asInt()).isSorted();
        assertThat(events).extracting(e -> e.get("id").asInt()).isSorted().doesNotHaveDuplicates();
        assertThat(events.getLast().get("progress").get("message").asString()).contains("git clone");

        JsonNode projectNow = api(ada).get("/api/projects/" + project);
        assertThat(projectNow.get("status").asString()).isEqualTo("DEPLOYING");
        assertThat(projectNow.get("gitHost").asString()).isEqualTo("builtin");
        assertThat(projectNow.get("githubRepoName").asString()).isEqualTo("recipe-box");
        // The address shown is the one git clones (GitSmartHttpTests clones it with the real client).
        assertThat(projectNow.get("githubRepoUrl").asString()).isEqualTo(run.get("repository").get("cloneUrl").asString());

        JsonNode files = api(ada).get("/api/projects/" + project + "/files");
        assertThat(files.size()).isEqualTo(run.get("fileCount").asInt()).isGreaterThan(20);
        assertThat(files.valueStream().map(f -> f.get("commitSha").asString()).distinct().toList()).containsExactly(sha);
        assertThat(files.valueStream().map(f -> f.get("path").asString()).toList())
                .contains("package.json", ".github/workflows/ci.yml", "migrations/0001_initial.sql");
    }

    @Test
    void generatingAgainCommitsOnTopOfTheSameRepository() throws Exception {
        ApiUser ada = signUp();
        String project = api(ada).approvedProject("Twice", plan());
        JsonNode first = api(ada).awaitGeneration(body(startJson(ada, project).andReturn()).get("id").asString());
        // The owner commits a change of their own in between (pushing with the git client: GitSmartHttpTests).
        SignedInUser owner = accounts.authenticateWithToken(ada.email(), ada.token()).orElseThrow();
        GitHost host = hosts.byId(GitHost.BUILT_IN);
        RepositoryRef repository = host.findRepository(owner, "twice").orElseThrow();
        String outside = host.commitFiles(owner, repository, List.of(FileToCommit.text("NOTES.md", "mine\n")),
                "Add notes", "Ada", ada.email(), ProgressListener.NONE).sha();

        JsonNode second = api(ada).awaitGeneration(body(startJson(ada, project).andExpect(status().isAccepted()).andReturn()).get("id").asString());

        assertThat(second.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(second.get("repository").get("name").asString()).isEqualTo(first.get("repository").get("name").asString());
        assertThat(second.get("commitSha").asString()).isNotEqualTo(first.get("commitSha").asString());
        assertThat(api(ada).get("/api/generations/" + second.get("id").asString() + "/events").valueStream().toList().stream()
                .map(e -> e.get("progress").get("message").asString())).anyMatch(m -> m.startsWith("Using the repository"))
                .anyMatch(m -> m.startsWith("main has commits made outside True Coding since the last generation ("
                        + first.get("commitSha").asString().substring(0, 7) + " → " + outside.substring(0, 7) + ")"));
        assertThat(host.headCommit(owner, repository)).contains(second.get("commitSha").asString());
        JsonNode runs = api(ada).get("/api/projects/" + project + "/generations");
        assertThat(runs.size()).isEqualTo(2);
        assertThat(runs.get(0).get("id").asString()).isEqualTo(second.get("id").asString());
    }

    @Test
    void aSecondRequestWhileARunIsGoingIsRefused() throws Exception {
        ApiUser ada = signUp();
        String project = api(ada).approvedProject("Busy", plan());
        scheduler.pause();
        String runId;
        try {
            runId = body(startJson(ada, project).andExpect(status().isAccepted()).andReturn()).get("id").asString();
            startJson(ada, project).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail", containsString("already running")));
            assertThat(api(ada).get("/api/projects/" + project).get("status").asString()).isEqualTo("GENERATING");
        } finally {
            scheduler.resume();
        }
        assertThat(api(ada).awaitGeneration(runId).get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(api(ada).get("/api/projects/" + project + "/generations").size()).isEqualTo(1);
    }

    @Test
    void aPlanThatWouldCommitASecretFailsValidationAndCommitsNothing() throws Exception {
        ApiUser ada = signUp();
        String plan = plan().replaceFirst("\"environment\"\\s*:\\s*\\{\\s*\"variables\"\\s*:\\s*\\[",
                "\"environment\": {\"variables\": [{\"name\": \"AWS_KEY\", \"description\": \"mine is AKIAIOSFODNN7EXAMPLZ\", "
                        + "\"required\": true, \"secret\": true},");
        assertThat(plan).contains("AKIAIOSFODNN7EXAMPLZ");
        String project = api(ada).approvedProject("Leaky", plan);

        JsonNode run = api(ada).awaitGeneration(body(startJson(ada, project).andReturn()).get("id").asString());

        assertThat(run.get("status").asString()).isEqualTo("FAILED");
        assertThat(run.get("stage").asString()).isEqualTo("validating_code");
        assertThat(run.get("errorMessage").asString()).contains("Validation failed at static").contains("nothing was committed");
        assertThat(run.get("errorDetails").asString()).contains("AWS access key").doesNotContain("AKIAIOSFODNN7EXAMPLZ");
        assertThat(run.has("commitSha")).isFalse();
        List<JsonNode> events = api(ada).get("/api/generations/" + run.get("id").asString() + "/events").valueStream().toList();
        assertThat(events.getLast().get("kind").asString()).isEqualTo("failed");
        JsonNode projectNow = api(ada).get("/api/projects/" + project);
        assertThat(projectNow.get("status").asString()).isEqualTo("FAILED");
        assertThat(projectNow.get("failedPhase").asString()).isEqualTo("GENERATING");
        assertThat(api(ada).get("/api/projects/" + project + "/files").size()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM generated_files WHERE project_id = ?").param(project).query(Integer.class).single()).isZero();

        // Retry is allowed from FAILED, and fails the same way while the plan still holds the key.
        JsonNode retry = api(ada).awaitGeneration(body(startJson(ada, project).andExpect(status().isAccepted()).andReturn()).get("id").asString());
        assertThat(retry.get("status").asString()).isEqualTo("FAILED");
    }

    @Test
    void refusals() throws Exception {
        ApiUser ada = signUp();
        ApiUser eve = signUp();
        String planned = api(ada).createProject("No plan yet");
        mvc.perform(post("/api/generate").header("Authorization", ada.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(new GenerationRequest(planned, null))))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("approved technical plan")));
        String project = api(ada).approvedProject("Mine", plan());
        startJson(eve, project).andExpect(status().isNotFound());
        mvc.perform(post("/api/generate").header("Authorization", ada.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(new GenerationRequest(project, "gitlab"))))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/generate").header("Authorization", ada.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(new GenerationRequest(project, "github"))))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("GitHub is not connected")));
        mvc.perform(post("/api/generate").header("Authorization", ada.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/generate").header("Authorization", "Bearer tcp_wrong").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(new GenerationRequest(project, null)))).andExpect(status().isUnauthorized());
        assertThat(api(ada).get("/api/projects/" + project).get("status").asString()).isEqualTo("CONNECTING");
        assertThat(api(ada).get("/api/projects/" + project + "/generations").size()).isZero();

        String runId = body(startJson(ada, project).andReturn()).get("id").asString();
        api(ada).awaitGeneration(runId);
        mvc.perform(get("/api/generations/" + runId).header("Authorization", eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/generations/" + runId + "/events").header("Authorization", eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/projects/" + project + "/files").header("Authorization", eve.bearer())).andExpect(status().isNotFound());
    }

    @Test
    void theStreamCarriesEveryEventAndResumesAfterLastEventId() throws Exception {
        ApiUser ada = signUp();
        String project = api(ada).approvedProject("Streamed", plan());
        MvcResult streaming = mvc.perform(post("/api/generate").header("Authorization", ada.bearer())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_EVENT_STREAM)
                        .content(json.writeValueAsString(new GenerationRequest(project, null))))
                .andExpect(request().asyncStarted()).andReturn();
        streaming.getAsyncResult(60_000);
        List<SseEvent> events = SseEvent.parse(streaming.getResponse().getContentAsString(), json);
        assertThat(events.getFirst().name()).isEqualTo("progress");
        assertThat(events.getLast().data().get("stage").asString()).isEqualTo("ready");
        assertThat(events.stream().map(e -> e.data().get("stage").asString()).distinct().toList()).isEqualTo(STAGES);

        String runId = streaming.getResponse().getHeader("X-Generation-Run");
        MvcResult resumed = mvc.perform(get("/api/generations/" + runId + "/events").header("Authorization", ada.bearer())
                        .header("Last-Event-ID", "3").accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted()).andReturn();
        resumed.getAsyncResult(10_000);
        List<SseEvent> rest = SseEvent.parse(resumed.getResponse().getContentAsString(), json);
        assertThat(rest.getFirst().number()).isEqualTo(4);
        assertThat(rest).hasSize(events.size() - 3);
        assertThat(rest.getLast().data()).isEqualTo(events.getLast().data());
    }

    // --- helpers

    public static String plan() throws Exception {
        try (var in = GenerationApiTests.class.getResourceAsStream("/plans/full-technical-plan.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private org.springframework.test.web.servlet.ResultActions startJson(ApiUser user, String project) throws Exception {
        return mvc.perform(post("/api/generate").header("Authorization", user.bearer())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(new GenerationRequest(project, null))));
    }
}
