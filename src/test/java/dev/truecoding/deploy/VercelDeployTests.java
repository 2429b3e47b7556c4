package dev.truecoding.deploy;

import dev.truecoding.account.AccountService;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.system.ConflictException;
import dev.truecoding.generation.GenerationRequest;
import dev.truecoding.github.fake.FakeGitHub;
import dev.truecoding.support.ApiClient;
import dev.truecoding.support.CookieClient;
import dev.truecoding.support.HttpApiClient;
import dev.truecoding.system.DatabaseUrl;
import dev.truecoding.vercel.fake.FakeVercel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deploying to Vercel, against fakes of GitHub and Vercel speaking their REST APIs: an app generated on GitHub is
 * deployed from its repository, with the plan's secret variables entered once and passed on as sensitive
 * variables (never stored in clear, never answered back); a failed build, a rollback, and the prerequisites.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "truecoding.data-dir=target/test-data-vercel-deploy",
        "truecoding.database-url=jdbc:h2:mem:truecoding-vercel-deploy" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1",
        "truecoding.generation.npm=false",
        "truecoding.vercel.poll-interval=10ms",
        "truecoding.vercel.poll-max-interval=40ms",
        "truecoding.vercel.deploy-timeout=10s"})
class VercelDeployTests {

    static final FakeGitHub github = new FakeGitHub();
    static final FakeVercel vercel = new FakeVercel();
    static final String SECRET = "postgresql://app:" + "s3cret-" + UUID.randomUUID() + "@db.example.com/app";

    @DynamicPropertySource
    static void useTheFakes(DynamicPropertyRegistry registry) {
        registry.add("truecoding.github.api-url", github::url);
        registry.add("truecoding.github.url", github::url);
        registry.add("truecoding.vercel.api-url", vercel::url);
        registry.add("truecoding.vercel.web-url", vercel::url);
    }

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AppDataCounts counts;

    @Autowired
    DeploymentService deployments;

    @Autowired
    AccountService accounts;

    private final CookieClient browser = new CookieClient();
    private ApiClient api;
    private String project;

    @BeforeEach
    void anAppGeneratedOnGitHubWithVercelConnected() throws Exception {
        api = new HttpApiClient(base(), browser.signUpAndCreateToken(base(), "vercel-" + UUID.randomUUID() + "@example.com"), json);
        String login = "ada" + UUID.randomUUID().toString().substring(0, 6);
        String githubToken = "ghp_" + UUID.randomUUID().toString().replace("-", "") + "abcd";
        github.addToken(githubToken, login, "repo", "workflow");
        api.put("/api/github", Map.of("token", githubToken));
        project = api.approvedProject("Recipe Box", GenerationApiTests.plan());
        String run = api.post("/api/generate", new GenerationRequest(project, null)).get("id").asString();
        assertThat(await("/api/generations/" + run, "RUNNING").get("status").asString()).isEqualTo("SUCCEEDED");
        String vercelToken = "vercel_" + UUID.randomUUID().toString().replace("-", "");
        vercel.addToken(vercelToken, login);
        api.put("/api/vercel", Map.of("token", vercelToken));
    }

    @Test
    void theRepositoryDeploysToVercelWithItsSecretsPassedOnAndNeverKept() throws Exception {
        ApiClient.Answer missing = api.send("POST", "/api/deploy", new DeployRequest(project, null, null));
        assertThat(missing.status()).isEqualTo(409);
        assertThat(missing.body()).contains("DATABASE_URL").contains("never shown again");
        ApiClient.Answer unknown = api.send("POST", "/api/deploy", new DeployRequest(project, null, Map.of("NOT_IN_PLAN", "x")));
        assertThat(unknown.status()).isEqualTo(409);
        assertThat(api.get("/api/projects/" + project + "/deployments").size()).isZero();
        assertThat(browser.browse(base() + "/projects/" + project + "/deployments").body())
                .contains("This app deploys to Vercel").contains("name=\"env.DATABASE_URL\"").contains("type=\"password\"");

        String owner = jdbc.sql("SELECT user_id FROM projects WHERE id = ?").param(project).query(String.class).single();
        assertThatThrownBy(() -> counts.rows(owner, project, "recipes")).isInstanceOf(AppDataCounts.Unavailable.class)
                .hasMessage("the app has no live deployment yet");

        JsonNode started = api.post("/api/deploy", new DeployRequest(project, null, Map.of("DATABASE_URL", SECRET)));
        assertThat(started.get("provider").asString()).isEqualTo("vercel");
        JsonNode first = await("/api/deployments/" + started.get("id").asString(), "QUEUED", "BUILDING");

        assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("READY");
        assertThat(first.get("url").asString()).startsWith("https://").contains("vercel.app");
        assertThat(first.get("vercelDeploymentId").asString()).startsWith("dpl_");
        assertThat(first.get("live").asBoolean()).isTrue();
        JsonNode projectNow = api.get("/api/projects/" + project);
        assertThat(projectNow.get("status").asString()).isEqualTo("LIVE");
        assertThat(projectNow.get("productionUrl").asString()).isEqualTo(first.get("url").asString());
        FakeVercel.Project linked = vercel.project(projectNow.get("vercelProjectId").asString()).orElseThrow();
        assertThat(linked.framework).isEqualTo("nextjs");
        assertThat(linked.repo).isEqualTo(projectNow.get("githubRepoName").asString());
        assertThat(vercel.requests().stream().filter(r -> r.path().endsWith("/env")).map(FakeVercel.Request::body))
                .anyMatch(body -> body.contains("\"key\":\"DATABASE_URL\"") && body.contains("\"type\":\"sensitive\"")
                        && body.contains(SECRET));
        String appToken = vercel.requests().stream()
                .filter(r -> r.path().endsWith("/" + projectNow.get("vercelProjectId").asString() + "/env"))
                .map(FakeVercel.Request::body)
                .flatMap(body -> json.readTree(body).valueStream())
                .filter(variable -> "TRUECODING_APP_TOKEN".equals(variable.path("key").asString("")))
                .peek(body -> assertThat(body.get("type").asString()).isEqualTo("sensitive"))
                .map(body -> body.get("value").asString()).findFirst().orElseThrow();
        assertThat(appToken).hasSizeGreaterThanOrEqualTo(40);
        assertThat(jdbc.sql("SELECT * FROM app_tokens").query().listOfRows().toString()).doesNotContain(appToken);
        assertThat(countsThroughTheProductionUrl(owner, appToken)).isEqualTo(OptionalLong.of(2));

        String events = api.get("/api/deployments/" + first.get("id").asString() + "/events").toString();
        assertThat(events).contains("\"stage\":\"importing\"").contains("\"stage\":\"building\"").contains("\"stage\":\"ready\"")
                .contains("Compiled successfully");

        // A build that fails on Vercel: ERROR with Vercel's message; the app stays live on the earlier deployment.
        vercel.nextBuild(FakeVercel.Build.failing("BUILD_FAILED", "Command \"npm run build\" exited with 1",
                "Type error: Property 'x' does not exist"));
        JsonNode failed = await("/api/deployments/" + api.post("/api/deploy", new DeployRequest(project, null, null))
                .get("id").asString(), "QUEUED", "BUILDING");
        assertThat(failed.get("status").asString()).isEqualTo("ERROR");
        assertThat(failed.get("errorMessage").asString()).contains("exited with 1");
        assertThat(failed.get("logExcerpt").asString()).contains("Type error");
        assertThat(api.get("/api/projects/" + project).get("status").asString()).isEqualTo("LIVE");

        // Another good deployment, then back to the first: Vercel promotes it.
        JsonNode second = await("/api/deployments/" + api.post("/api/deploy", new DeployRequest(project, null, null))
                .get("id").asString(), "QUEUED", "BUILDING");
        assertThat(second.get("status").asString()).isEqualTo("READY");
        JsonNode rollback = await("/api/deployments/" + api.post("/api/deployments/" + first.get("id").asString()
                + "/rollback", null).get("id").asString(), "QUEUED", "BUILDING");
        assertThat(rollback.get("status").asString()).isEqualTo("READY");
        assertThat(vercel.requests()).anyMatch(r -> r.method().equals("POST")
                && r.path().endsWith("/promote/" + first.get("vercelDeploymentId").asString()));
        assertThat(api.get("/api/deployments/" + first.get("id").asString()).get("live").asBoolean()).isTrue();

        // The secret was passed on, not kept: no table holds it, no answer shows it.
        for (String table : new String[]{"deployments", "run_events", "scheduled_tasks", "projects", "users"}) {
            assertThat(jdbc.sql("SELECT * FROM " + table).query().listOfRows().toString()).as(table).doesNotContain(SECRET);
        }
        assertThat(api.get("/api/projects/" + project + "/deployments").toString()).doesNotContain(SECRET);
    }

    @Test
    void aDeploymentThatGoesLiveIsRecordedOnThePlanVersionWhoseCommitItDeployed() throws Exception {
        JsonNode version = api.get("/api/projects/" + project + "/plan-versions").get(0);
        assertThat(version.get("commitSha").asString()).matches("[0-9a-f]{40}");
        assertThat(version.get("deploymentId").isNull()).isTrue();

        JsonNode live = await("/api/deployments/" + api.post("/api/deploy", new DeployRequest(project, null,
                Map.of("DATABASE_URL", SECRET))).get("id").asString(), "QUEUED", "BUILDING");
        assertThat(live.get("status").asString()).isEqualTo("READY");
        assertThat(live.get("commitSha").asString()).isEqualTo(version.get("commitSha").asString());
        assertThat(api.get("/api/projects/" + project + "/plan-versions/1").get("deploymentId").asString())
                .isEqualTo(live.get("id").asString());

        vercel.nextBuild(FakeVercel.Build.failing("BUILD_FAILED", "Command \"npm run build\" exited with 1", "Type error"));
        JsonNode failed = await("/api/deployments/" + api.post("/api/deploy", new DeployRequest(project, null, null))
                .get("id").asString(), "QUEUED", "BUILDING");
        assertThat(failed.get("status").asString()).isEqualTo("ERROR");
        assertThat(api.get("/api/projects/" + project + "/plan-versions/1").get("deploymentId").asString())
                .as("a failed deployment served nothing").isEqualTo(live.get("id").asString());
    }

    @Test
    void aChangesDeploymentIsTakenWhileTheChangeRunsAndLeavesTheProjectsStatusToIt() throws Exception {
        String owner = jdbc.sql("SELECT user_id FROM projects WHERE id = ?").param(project).query(String.class).single();
        SignedInUser person = accounts.findById(owner).orElseThrow();
        String change = "change" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        ApiClient.Answer fromTheApi = api.send("POST", "/api/deploy", Map.of("projectId", project,
                "environment", Map.of("DATABASE_URL", SECRET), "changeId", change));
        assertThat(fromTheApi.status()).as("only a change's run sets it").isEqualTo(400);
        // Where a change's run has the project when it deploys.
        jdbc.sql("UPDATE projects SET status = CAST('GENERATING' AS project_status) WHERE id = ?").param(project).update();

        Deployment started = deployments.start(person, new DeployRequest(project, null, Map.of("DATABASE_URL", SECRET), change));
        assertThatThrownBy(() -> deployments.start(person, new DeployRequest(project, null, null, change)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already going");
        JsonNode live = await("/api/deployments/" + started.id(), "QUEUED", "BUILDING");

        assertThat(live.get("status").asString()).isEqualTo("READY");
        assertThat(live.get("changeId").asString()).isEqualTo(change);
        assertThat(api.get("/api/projects/" + project).get("status").asString())
                .as("the change's run moves the project, not its deployment").isEqualTo("GENERATING");
        jdbc.sql("UPDATE projects SET status = CAST('IDEATION' AS project_status) WHERE id = ?").param(project).update();
        assertThatThrownBy(() -> deployments.start(person, new DeployRequest(project, null, null, change)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("it deploys once its app is generated");
    }

    @Test
    void aChangesDeploymentDeploysTheCommitItsRunValidatedNotAHeadPushedSince() throws Exception {
        String owner = jdbc.sql("SELECT user_id FROM projects WHERE id = ?").param(project).query(String.class).single();
        SignedInUser person = accounts.findById(owner).orElseThrow();
        var repository = jdbc.sql("SELECT github_repo_owner, github_repo_name FROM projects WHERE id = ?").param(project)
                .query((row, n) -> List.of(row.getString(1), row.getString(2))).single();
        String validated = github.repo(repository.get(0), repository.get(1)).orElseThrow().refs().get("refs/heads/main");
        // The owner pushes after the change's commit and before its deployment: that push was never validated.
        String pushed = github.pushFile(repository.get(0), repository.get(1), "NOTES.md", "# Pushed meanwhile\n", "Owner's push");
        jdbc.sql("UPDATE projects SET status = CAST('GENERATING' AS project_status) WHERE id = ?").param(project).update();
        String change = "change" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

        Deployment started = deployments.start(person,
                new DeployRequest(project, null, Map.of("DATABASE_URL", SECRET), change, validated));
        JsonNode live = await("/api/deployments/" + started.id(), "QUEUED", "BUILDING");

        assertThat(pushed).isNotEqualTo(validated);
        assertThat(live.get("status").asString()).isEqualTo("READY");
        assertThat(live.get("commitSha").asString()).isEqualTo(validated);
        assertThat(vercel.deployment(live.get("vercelDeploymentId").asString()).orElseThrow().sha).isEqualTo(validated);
        assertThat(api.send("POST", "/api/deploy", Map.of("projectId", project, "commitSha", pushed)).status())
                .as("only a change's run names the commit").isEqualTo(400);
    }

    /** Counts the app's recipes at its production URL, pointed at a local app speaking the counting route. */
    private OptionalLong countsThroughTheProductionUrl(String owner, String appToken) throws IOException {
        HttpServer app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> asked = new CopyOnWriteArrayList<>();
        app.createContext("/api/truecoding/counts", new CountingRoute(appToken, Map.of("recipes", Map.of("*", 2L)), asked));
        app.start();
        String realUrl = jdbc.sql("SELECT production_url FROM projects WHERE id = ?").param(project).query(String.class).single();
        try {
            jdbc.sql("UPDATE projects SET production_url = ? WHERE id = ?")
                    .params("http://127.0.0.1:" + app.getAddress().getPort() + "/", project).update();
            OptionalLong rows = counts.rows(owner, project, "recipes");
            assertThat(asked).containsExactly("Bearer " + appToken + " table=recipes");
            return rows;
        } finally {
            jdbc.sql("UPDATE projects SET production_url = ? WHERE id = ?").params(realUrl, project).update();
            app.stop(0);
        }
    }

    private JsonNode await(String path, String... running) throws Exception {
        return api.awaitEnd(path, List.of(running), Duration.ofMinutes(1));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
