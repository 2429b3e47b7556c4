package dev.truecoding.deploy;

import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.github.fake.FakeGitHub;
import dev.truecoding.support.CookieClient;
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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

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

    private final HttpClient http = HttpClient.newHttpClient();
    private final CookieClient browser = new CookieClient();
    private String token;
    private String project;

    @BeforeEach
    void anAppGeneratedOnGitHubWithVercelConnected() throws Exception {
        token = browser.signUpAndCreateToken(base(), "vercel-" + UUID.randomUUID() + "@example.com");
        String login = "ada" + UUID.randomUUID().toString().substring(0, 6);
        String githubToken = "ghp_" + UUID.randomUUID().toString().replace("-", "") + "abcd";
        github.addToken(githubToken, login, "repo", "workflow");
        api("PUT", "/api/github", "{\"token\":\"" + githubToken + "\"}");
        project = api("POST", "/api/projects", "{\"name\":\"Recipe Box\"}").get("id").asString();
        api("PUT", "/api/projects/" + project + "/technical-plan", GenerationApiTests.plan());
        api("POST", "/api/projects/" + project + "/technical-plan/approve", "");
        String run = api("POST", "/api/generate", "{\"projectId\":\"" + project + "\"}").get("id").asString();
        assertThat(await("/api/generations/" + run, "RUNNING").get("status").asString()).isEqualTo("SUCCEEDED");
        String vercelToken = "vercel_" + UUID.randomUUID().toString().replace("-", "");
        vercel.addToken(vercelToken, login);
        api("PUT", "/api/vercel", "{\"token\":\"" + vercelToken + "\"}");
    }

    @Test
    void theRepositoryDeploysToVercelWithItsSecretsPassedOnAndNeverKept() throws Exception {
        HttpResponse<String> missing = call("POST", "/api/deploy", "{\"projectId\":\"" + project + "\"}");
        assertThat(missing.statusCode()).isEqualTo(409);
        assertThat(missing.body()).contains("DATABASE_URL").contains("never shown again");
        HttpResponse<String> unknown = call("POST", "/api/deploy", "{\"projectId\":\"" + project
                + "\",\"environment\":{\"NOT_IN_PLAN\":\"x\"}}");
        assertThat(unknown.statusCode()).isEqualTo(409);
        assertThat(api("GET", "/api/projects/" + project + "/deployments", null).size()).isZero();
        assertThat(browser.browse(base() + "/projects/" + project + "/deployments").body())
                .contains("This app deploys to Vercel").contains("name=\"env.DATABASE_URL\"").contains("type=\"password\"");

        JsonNode started = api("POST", "/api/deploy", "{\"projectId\":\"" + project
                + "\",\"environment\":{\"DATABASE_URL\":\"" + SECRET + "\"}}");
        assertThat(started.get("provider").asString()).isEqualTo("vercel");
        JsonNode first = await("/api/deployments/" + started.get("id").asString(), "QUEUED", "BUILDING");

        assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("READY");
        assertThat(first.get("url").asString()).startsWith("https://").contains("vercel.app");
        assertThat(first.get("vercelDeploymentId").asString()).startsWith("dpl_");
        assertThat(first.get("live").asBoolean()).isTrue();
        JsonNode projectNow = api("GET", "/api/projects/" + project, null);
        assertThat(projectNow.get("status").asString()).isEqualTo("LIVE");
        assertThat(projectNow.get("productionUrl").asString()).isEqualTo(first.get("url").asString());
        FakeVercel.Project linked = vercel.project(projectNow.get("vercelProjectId").asString()).orElseThrow();
        assertThat(linked.framework).isEqualTo("nextjs");
        assertThat(linked.repo).isEqualTo(projectNow.get("githubRepoName").asString());
        assertThat(vercel.requests().stream().filter(r -> r.path().endsWith("/env")).map(FakeVercel.Request::body))
                .anyMatch(body -> body.contains("\"key\":\"DATABASE_URL\"") && body.contains("\"type\":\"sensitive\"")
                        && body.contains(SECRET));
        String events = api("GET", "/api/deployments/" + first.get("id").asString() + "/events", null).toString();
        assertThat(events).contains("\"stage\":\"importing\"").contains("\"stage\":\"building\"").contains("\"stage\":\"ready\"")
                .contains("Compiled successfully");

        // A build that fails on Vercel: ERROR with Vercel's message; the app stays live on the earlier deployment.
        vercel.nextBuild(FakeVercel.Build.failing("BUILD_FAILED", "Command \"npm run build\" exited with 1",
                "Type error: Property 'x' does not exist"));
        JsonNode failed = await("/api/deployments/" + api("POST", "/api/deploy", "{\"projectId\":\"" + project + "\"}")
                .get("id").asString(), "QUEUED", "BUILDING");
        assertThat(failed.get("status").asString()).isEqualTo("ERROR");
        assertThat(failed.get("errorMessage").asString()).contains("exited with 1");
        assertThat(failed.get("logExcerpt").asString()).contains("Type error");
        assertThat(api("GET", "/api/projects/" + project, null).get("status").asString()).isEqualTo("LIVE");

        // Another good deployment, then back to the first: Vercel promotes it.
        JsonNode second = await("/api/deployments/" + api("POST", "/api/deploy", "{\"projectId\":\"" + project + "\"}")
                .get("id").asString(), "QUEUED", "BUILDING");
        assertThat(second.get("status").asString()).isEqualTo("READY");
        JsonNode rollback = await("/api/deployments/" + api("POST", "/api/deployments/" + first.get("id").asString()
                + "/rollback", null).get("id").asString(), "QUEUED", "BUILDING");
        assertThat(rollback.get("status").asString()).isEqualTo("READY");
        assertThat(vercel.requests()).anyMatch(r -> r.method().equals("POST")
                && r.path().endsWith("/promote/" + first.get("vercelDeploymentId").asString()));
        assertThat(api("GET", "/api/deployments/" + first.get("id").asString(), null).get("live").asBoolean()).isTrue();

        // The secret was passed on, not kept: no table holds it, no answer shows it.
        for (String table : new String[]{"deployments", "run_events", "scheduled_tasks", "projects", "users"}) {
            assertThat(jdbc.sql("SELECT * FROM " + table).query().listOfRows().toString()).as(table).doesNotContain(SECRET);
        }
        assertThat(api("GET", "/api/projects/" + project + "/deployments", null).toString()).doesNotContain(SECRET);
    }

    private JsonNode await(String path, String... running) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode node = api("GET", path, null);
            if (!java.util.List.of(running).contains(node.get("status").asString())) {
                return node;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " did not finish");
    }

    private JsonNode api(String method, String path, String body) throws Exception {
        HttpResponse<String> response = call(method, path, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
