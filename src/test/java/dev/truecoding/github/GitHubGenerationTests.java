package dev.truecoding.github;

import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.generation.GenerationRequest;
import dev.truecoding.support.ApiClient;
import dev.truecoding.support.CookieClient;
import dev.truecoding.support.HttpApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generation runs on GitHub, against the fake speaking GitHub's REST API: the repository created on the
 * connected account, the app in one commit checked file by file, rate limits waited out, refusals explained.
 */
class GitHubGenerationTests extends GitHubTestSupport {

    @Autowired
    JsonMapper json;

    @Autowired
    GitHubConnections connections;

    private final HttpClient http = HttpClient.newHttpClient();
    private ApiClient api;
    private String userId;
    private String githubToken;
    private String login;

    @BeforeEach
    void aPersonWithGitHubConnected() throws Exception {
        String email = "gen-" + UUID.randomUUID() + "@example.com";
        api = new HttpApiClient(baseUrl(), new CookieClient().signUpAndCreateToken(baseUrl(), email), json);
        userId = userIdByEmail(email);
        login = "octo" + UUID.randomUUID().toString().substring(0, 6);
        githubToken = "ghp_" + UUID.randomUUID().toString().replace("-", "") + "abcd";
        github.addToken(githubToken, login, "repo", "workflow");
        connections.connectWithToken(userId, githubToken);
    }

    @Test
    void theAppIsCommittedToANewRepositoryOnTheConnectedAccountInOneCommit() throws Exception {
        String project = approvedProject("Recipe Box");

        JsonNode run = generate(project, null);

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.get("host").asString()).isEqualTo("github");
        assertThat(run.get("repository").get("owner").asString()).isEqualTo(login);
        assertThat(run.get("repository").get("name").asString()).isEqualTo("Recipe-Box");
        assertThat(github.repo(login, "Recipe-Box").orElseThrow().privateRepo()).isTrue();

        Map<String, String> generated = new HashMap<>();
        api.get("/api/projects/" + project + "/files")
                .forEach(file -> generated.put(file.get("path").asString(), file.get("content").asString()));
        assertThat(github.filesOf(run.get("commitSha").asString())).isEqualTo(generated)
                .containsKey(".github/workflows/ci.yml");
        assertThat(github.repo(login, "Recipe-Box").orElseThrow().refs())
                .containsEntry("refs/heads/main", run.get("commitSha").asString());

        JsonNode projectNow = api.get("/api/projects/" + project);
        assertThat(projectNow.get("gitHost").asString()).isEqualTo("github");
        assertThat(projectNow.get("githubRepoOwner").asString()).isEqualTo(login);
        assertThat(projectNow.get("githubRepoUrl").asString()).startsWith(github.url()).endsWith("/" + login + "/Recipe-Box");

        // Generating again: the same repository, one more commit on top.
        JsonNode again = generate(project, null);
        assertThat(again.get("repository").get("name").asString()).isEqualTo("Recipe-Box");
        assertThat(github.commit(again.get("commitSha").asString()).parents()).containsExactly(run.get("commitSha").asString());
        assertThat(github.requests().stream().filter(r -> r.method().equals("POST") && r.path().equals("/user/repos")
                && String.valueOf(r.headers().get("Authorization")).contains(githubToken))).hasSize(1);

        assertNoTokenAnywhere(userId, List.of(githubToken), run.toString(), again.toString(), projectNow.toString(),
                events(run.get("id").asString()));
    }

    @Test
    void aTakenNameAndRateLimitsAreHandledOnTheWay() throws Exception {
        String project = approvedProject("Taken");
        connections.status(userId);
        http.send(HttpRequest.newBuilder(URI.create(github.url() + "/user/repos")).header("Authorization", "Bearer " + githubToken)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Taken\",\"private\":true}")).build(),
                HttpResponse.BodyHandlers.ofString());
        long reset = Instant.now().getEpochSecond() + 1;
        github.failNext("POST", "/repos/" + login + "/Taken-2/git/blobs", 403, Map.of("x-ratelimit-remaining", "0",
                "x-ratelimit-limit", "5000", "x-ratelimit-reset", String.valueOf(reset), "x-ratelimit-resource", "core"),
                "{\"message\":\"API rate limit exceeded for user ID 1.\",\"documentation_url\":\"https://docs.github.com/rest\"}");
        github.failNext("POST", "/repos/" + login + "/Taken-2/git/trees", 429, Map.of("retry-after", "1"),
                "{\"message\":\"You have exceeded a secondary rate limit.\",\"documentation_url\":\"https://docs.github.com/rest\"}");

        JsonNode run = generate(project, null);

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.get("repository").get("name").asString()).isEqualTo("Taken-2");
    }

    @Test
    void aRevokedTokenFailsTheRunWithAClearMessageAndTheBuiltInHostStaysAChoice() throws Exception {
        String project = approvedProject("Revoked");
        github.failNext("POST", "/user/repos", 401, Map.of(),
                "{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"401\"}");

        JsonNode failed = generate(project, null);

        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("stage").asString()).isEqualTo("creating_repo");
        assertThat(failed.get("errorMessage").asString()).containsIgnoringCase("github").doesNotContain(githubToken);
        JsonNode projectNow = api.get("/api/projects/" + project);
        assertThat(projectNow.get("status").asString()).isEqualTo("FAILED");
        assertThat(projectNow.get("failedPhase").asString()).isEqualTo("GENERATING");

        // Retry on the built-in host while GitHub stays connected.
        JsonNode retried = generate(project, "builtin");
        assertThat(retried.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(retried.get("host").asString()).isEqualTo("builtin");
        assertThat(retried.get("repository").get("cloneUrl").asString()).startsWith(baseUrl() + "/git/");
    }

    private JsonNode generate(String project, String host) throws Exception {
        String runId = api.post("/api/generate", new GenerationRequest(project, host)).get("id").asString();
        return api.awaitEnd("/api/generations/" + runId, List.of("RUNNING"), Duration.ofMinutes(2));
    }

    private String events(String runId) throws Exception {
        return api.get("/api/generations/" + runId + "/events").toString();
    }

    private String approvedProject(String name) throws Exception {
        return api.approvedProject(name, GenerationApiTests.plan());
    }
}
