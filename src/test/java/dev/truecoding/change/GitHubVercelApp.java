package dev.truecoding.change;

import dev.truecoding.deploy.DeployRequest;
import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.generation.GenerationRequest;
import dev.truecoding.github.fake.FakeGitHub;
import dev.truecoding.support.ApiClient;
import dev.truecoding.support.SseEvent;
import dev.truecoding.vercel.fake.FakeVercel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live app on GitHub and Vercel, against their fakes: generated on GitHub (static checks only), deployed to
 * Vercel with its secret, LIVE; the owner's own pushes to it through GitHub's contents API, as the web editor makes
 * them; and what the fakes hold of it (commits, trees, deployments).
 */
final class GitHubVercelApp {

    static final String DATABASE_URL = "postgresql://app:s3cret@db.example.com/app";

    final ApiClient api;
    final FakeGitHub github;
    final FakeVercel vercel;
    final String project;
    final String login;
    final String repo;
    final String firstDeployment;
    private final String githubToken;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    private GitHubVercelApp(ApiClient api, FakeGitHub github, FakeVercel vercel, String project, String login,
                            String repo, String firstDeployment, String githubToken) {
        this.api = api;
        this.github = github;
        this.vercel = vercel;
        this.project = project;
        this.login = login;
        this.repo = repo;
        this.firstDeployment = firstDeployment;
        this.githubToken = githubToken;
    }

    static GitHubVercelApp live(ApiClient api, FakeGitHub github, FakeVercel vercel, String name) throws Exception {
        String login = "ada" + UUID.randomUUID().toString().substring(0, 6);
        String githubToken = "ghp_" + UUID.randomUUID().toString().replace("-", "") + "abcd";
        github.addToken(githubToken, login, "repo", "workflow");
        api.put("/api/github", Map.of("token", githubToken));
        String project = api.approvedProject(name, GenerationApiTests.plan());
        String run = api.post("/api/generate", new GenerationRequest(project, null)).get("id").asString();
        JsonNode generated = api.awaitEnd("/api/generations/" + run, List.of("RUNNING"), Duration.ofMinutes(2));
        assertThat(generated.get("status").asString()).as("%s", generated.path("errorMessage")).isEqualTo("SUCCEEDED");
        String vercelToken = "vercel_" + UUID.randomUUID().toString().replace("-", "");
        vercel.addToken(vercelToken, login);
        api.put("/api/vercel", Map.of("token", vercelToken));
        String deployment = api.post("/api/deploy", new DeployRequest(project, null, Map.of("DATABASE_URL", DATABASE_URL)))
                .get("id").asString();
        JsonNode deployed = api.awaitEnd("/api/deployments/" + deployment, List.of("QUEUED", "BUILDING"), Duration.ofMinutes(1));
        assertThat(deployed.get("status").asString()).as("%s", deployed).isEqualTo("READY");
        JsonNode now = api.get("/api/projects/" + project);
        assertThat(now.get("status").asString()).isEqualTo("LIVE");
        assertThat(now.get("gitHost").asString()).isEqualTo("github");
        return new GitHubVercelApp(api, github, vercel, project, login, now.get("githubRepoName").asString(), deployment,
                githubToken);
    }

    /** The change an iteration chat message proposes. */
    String proposed(String message) throws Exception {
        List<SseEvent> events = api.stream("POST", "/api/chat", Map.of("projectId", project, "phase", "iteration",
                "message", message));
        return events.stream().filter(event -> event.name().equals("plan_ready")).findFirst()
                .orElseThrow(() -> new AssertionError("no plan_ready for '" + message + "': " + events))
                .data().get("changeId").asString();
    }

    String head() {
        return github.repo(login, repo).orElseThrow().refs().get("refs/heads/main");
    }

    Map<String, String> files(String commit) {
        return github.filesOf(commit);
    }

    /** The owner's commit of one file, made on GitHub (the contents API, as GitHub's web editor does); its SHA. */
    String push(String path, String content, String message) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("content", Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8)));
        body.put("branch", "main");
        String existing = files(head()).get(path);
        if (existing != null) {
            body.put("sha", blobSha(existing));
        }
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(github.url() + "/repos/" + login + "/"
                        + repo + "/contents/" + path))
                .header("Authorization", "Bearer " + githubToken).header("User-Agent", "owner-in-a-browser")
                .header("Accept", "application/vnd.github+json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
        return json.readTree(answer.body()).get("commit").get("sha").asString();
    }

    /** The commits on main made for {@code changeId} (their message names it), newest first. */
    List<String> commitsOf(String changeId) {
        List<String> found = new ArrayList<>();
        for (String sha = head(); sha != null; ) {
            FakeGitHub.Commit commit = github.commit(sha);
            if (commit.message().contains("True Coding change " + changeId)) {
                found.add(sha);
            }
            sha = commit.parents().isEmpty() ? null : commit.parents().getFirst();
        }
        return found;
    }

    /** How many deployments of {@code commit} were asked of Vercel. */
    long vercelDeploymentsOf(String commit) {
        return vercel.requests().stream().filter(r -> r.method().equals("POST") && r.path().equals("/v13/deployments"))
                .map(r -> json.readTree(r.body()).path("gitSource").path("sha").asString(""))
                .filter(commit::equals).count();
    }

    /** The trees asked of GitHub in this repository: each a full tree, or one layered on a {@code base_tree}. */
    List<JsonNode> treesPosted() {
        return github.requests().stream().filter(r -> r.method().equals("POST")
                        && r.path().equals("/repos/" + login + "/" + repo + "/git/trees"))
                .map(r -> json.readTree(r.body())).toList();
    }

    private static String blobSha(String content) throws Exception {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha1.digest(bytes));
    }
}
