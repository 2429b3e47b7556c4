package dev.truecoding.vercel;

import dev.truecoding.vercel.VercelDeployment.State;
import dev.truecoding.vercel.VercelException.Reason;
import dev.truecoding.vercel.fake.FakeVercel.Build;
import dev.truecoding.vercel.fake.FakeVercel.Env;
import dev.truecoding.vercel.fake.FakeVercel.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** VercelDeployments against the fake Vercel: projects, variables, deployments followed to the end, and refusals. */
class VercelDeploymentsTests extends VercelTestSupport {

    @Autowired
    VercelDeployments deployments;

    @Autowired
    VercelConnections connections;

    String userId;
    String token;
    String owner;
    String repo;

    @BeforeEach
    void connect() {
        userId = newUser();
        token = newToken();
        owner = newUsername();
        repo = "recipes-" + UUID.randomUUID().toString().substring(0, 6);
        vercel.addToken(token, owner);
        connections.connectWithToken(userId, token, null);
    }

    @Test
    void aProjectIsCreatedLinkedToTheRepositoryAndFoundAgainWhenTheNameIsTaken() {
        VercelProject created = deployments.findOrCreateProject(userId, "Recipe Box " + repo, owner + "/" + repo);
        VercelProject again = deployments.findOrCreateProject(userId, "Recipe Box " + repo, owner + "/" + repo);

        assertThat(created.name()).isEqualTo("recipe-box-" + repo);
        assertThat(created.gitHubRepository()).isEqualTo(owner + "/" + repo);
        assertThat(created.teamId()).isNull();
        assertThat(again).isEqualTo(created);
        Request create = callsWith(token).stream().filter(r -> r.path().equals("/v11/projects")).findFirst().orElseThrow();
        var body = tools.jackson.databind.json.JsonMapper.builder().build().readTree(create.body());
        assertThat(body.path("framework").asString()).isEqualTo("nextjs");
        assertThat(body.path("gitRepository").path("type").asString()).isEqualTo("github");
        assertThat(body.path("gitRepository").path("repo").asString()).isEqualTo(owner + "/" + repo);
        assertThat(calls("POST", "/v11/projects")).hasSize(2);
        assertThat(calls("GET", "/v9/projects/recipe-box-" + repo)).hasSize(1);
        assertThat(vercel.project(created.id())).hasValueSatisfying(p -> assertThat(p.framework).isEqualTo("nextjs"));
    }

    @Test
    void aNameTakenByAnotherRepositoryIsAClearConflict() {
        deployments.findOrCreateProject(userId, repo, owner + "/" + repo);

        assertThatThrownBy(() -> deployments.findOrCreateProject(userId, repo, owner + "/other"))
                .isInstanceOfSatisfying(VercelException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CONFLICT);
                    assertThat(e.getMessage()).contains("already exists and deploys " + owner + "/" + repo)
                            .contains("not " + owner + "/other");
                });
    }

    @Test
    void variablesAreUpsertedForProductionAndPreviewWithSecretOnesSensitive() {
        VercelProject project = deployments.findOrCreateProject(userId, repo, owner + "/" + repo);
        String secret = "sk_live_" + UUID.randomUUID();

        deployments.upsertEnvironmentVariables(userId, project.id(), List.of(
                new EnvironmentVariable("STRIPE_KEY", secret, true),
                new EnvironmentVariable("NEXT_PUBLIC_APP_NAME", "Recipe box", false)));
        deployments.upsertEnvironmentVariables(userId, project.id(), List.of(new EnvironmentVariable("STRIPE_KEY", secret + "2", true)));

        Map<String, Env> env = vercel.project(project.id()).orElseThrow().env;
        assertThat(env.get("STRIPE_KEY")).isEqualTo(new Env("STRIPE_KEY", secret + "2", "sensitive", List.of("production", "preview")));
        assertThat(env.get("NEXT_PUBLIC_APP_NAME")).isEqualTo(new Env("NEXT_PUBLIC_APP_NAME", "Recipe box", "encrypted", List.of("production", "preview")));
        assertThat(calls("POST", "/v10/projects/" + project.id() + "/env")).hasSize(2)
                .allSatisfy(r -> assertThat(r.query()).containsEntry("upsert", "true"));
        assertNoSecretAnywhere(userId, List.of(secret, token));
        assertThat(new EnvironmentVariable("K", secret, true).toString()).doesNotContain(secret);
    }

    @Test
    void variablesVercelRefusesAreNamedWithoutTheirValues() {
        VercelProject project = deployments.findOrCreateProject(userId, repo, owner + "/" + repo);
        vercel.failNext("POST", "/v10/projects/" + project.id() + "/env", 201, Map.of(), """
                {"created":[],"failed":[{"error":{"code":"ENV_CONFLICT","message":"A variable with the name `DATABASE_URL` already exists","key":"DATABASE_URL"}}]}""");

        assertThatThrownBy(() -> deployments.upsertEnvironmentVariables(userId, project.id(),
                List.of(new EnvironmentVariable("DATABASE_URL", "postgres://u:hunter2@db/x", true))))
                .isInstanceOfSatisfying(VercelException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.REFUSED);
                    assertThat(e.getMessage()).contains("DATABASE_URL: A variable with the name").doesNotContain("hunter2");
                });
    }

    @Test
    void aDeploymentIsFollowedThroughBuildingToReadyWithItsLog() {
        VercelProject project = deployments.findOrCreateProject(userId, repo, owner + "/" + repo);
        vercel.nextBuild(Build.ready("Cloning github.com/" + owner + "/" + repo, "Running \"npm run build\"", "! npm warn deprecated", "Compiled successfully"));
        String sha = "a".repeat(40);

        VercelDeployment created = deployments.createDeployment(userId, project, new GitHubCommit(owner, repo, "main", sha));
        var heard = new Recorder();
        VercelDeployment done = deployments.awaitCompletion(userId, created.id(), heard);

        assertThat(created.state()).isEqualTo(State.QUEUED);
        assertThat(done.state()).isEqualTo(State.READY);
        assertThat(done.failure()).isNull();
        assertThat(done.url()).isEqualTo("https://" + project.name() + "-" + created.id().substring(4) + ".vercel.app");
        assertThat(done.productionUrl()).isEqualTo("https://" + project.name() + ".vercel.app");
        assertThat(heard.states).containsExactly(State.BUILDING, State.READY);
        assertThat(heard.lines).extracting(BuildLogLine::text).containsExactly("Cloning github.com/" + owner + "/" + repo,
                "Running \"npm run build\"", "npm warn deprecated", "Compiled successfully");
        assertThat(heard.lines.get(2).isError()).isTrue();
        Request create = calls("POST", "/v13/deployments").getFirst();
        assertThat(create.body()).contains("\"name\":\"" + project.name() + "\"").contains("\"project\":\"" + project.id() + "\"")
                .contains("\"target\":\"production\"")
                .contains("\"gitSource\":{\"type\":\"github\",\"org\":\"" + owner + "\",\"repo\":\"" + repo + "\",\"ref\":\"main\",\"sha\":\"" + sha + "\"}");
        assertThat(vercel.deployment(created.id()).orElseThrow().sha).isEqualTo(sha);
        assertThat(calls("GET", "/v3/deployments/" + created.id() + "/events")).allSatisfy(r ->
                assertThat(r.query()).containsEntry("builds", "1").containsEntry("direction", "forward"));
        assertThat(deployments.buildLog(userId, created.id())).hasSize(4);
    }

    @Test
    void aBuildThatFailsEndsInErrorWithVercelsMessage() {
        VercelProject project = deployments.findOrCreateProject(userId, repo, owner + "/" + repo);
        vercel.nextBuild(Build.failing("BUILD_UTILS_SPAWN_1", "Command \"npm run build\" exited with 1",
                "Running \"npm run build\"", "! Type error: Property 'title' does not exist", "! Error: Command \"npm run build\" exited with 1"));
        VercelDeployment created = deployments.createDeployment(userId, project, new GitHubCommit(owner, repo, "main", null));
        var heard = new Recorder();

        VercelDeployment done = deployments.awaitCompletion(userId, created.id(), heard);

        assertThat(done.state()).isEqualTo(State.ERROR);
        assertThat(done.errorCode()).isEqualTo("BUILD_UTILS_SPAWN_1");
        assertThat(done.failure()).isEqualTo("Command \"npm run build\" exited with 1");
        assertThat(heard.states).containsExactly(State.INITIALIZING, State.BUILDING, State.ERROR);
        assertThat(heard.lines).filteredOn(BuildLogLine::isError).extracting(BuildLogLine::text)
                .containsExactly("Type error: Property 'title' does not exist", "Error: Command \"npm run build\" exited with 1");
        assertThat(calls("POST", "/v13/deployments").getFirst().body()).doesNotContain("\"sha\"");
    }

    @Test
    void aRateLimitIsWaitedOutUntilItsReset() {
        long reset = Instant.now().plusSeconds(1).getEpochSecond();
        vercel.failNext("POST", "/v11/projects", 429, Map.of("x-ratelimit-limit", "100", "x-ratelimit-remaining", "0",
                "x-ratelimit-reset", String.valueOf(reset)), """
                {"error":{"code":"rate_limited","message":"Rate limit exceeded","limit":{"remaining":0,"reset":%d,"resetMs":%d,"total":100}}}"""
                .formatted(reset, reset * 1000));
        Instant start = Instant.now();

        VercelProject project = deployments.findOrCreateProject(userId, repo, owner + "/" + repo);

        assertThat(project.name()).isEqualTo(repo);
        assertThat(Instant.now()).isAfterOrEqualTo(Instant.ofEpochSecond(reset));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aRateLimitLongerThanTheMaximumWaitFailsWithItsResetTime() {
        vercel.failNext("POST", "/v11/projects", 429, Map.of("retry-after", "3600"),
                "{\"error\":{\"code\":\"rate_limited\",\"message\":\"Rate limit exceeded\"}}");
        Instant start = Instant.now();

        assertThatThrownBy(() -> deployments.findOrCreateProject(userId, repo, owner + "/" + repo))
                .isInstanceOfSatisfying(VercelException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
                    assertThat(e.vercelCode()).isEqualTo("rate_limited");
                    assertThat(e.retryAt()).isAfter(Instant.now().plusSeconds(3500));
                    assertThat(e.getMessage()).contains("rate limit").contains("UTC");
                });
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void rateLimitRetriesStopAfterTheConfiguredNumber() {
        for (int i = 0; i < 3; i++) {
            vercel.failNext("POST", "/v11/projects", 429, Map.of("retry-after", "0"), "{\"error\":{\"code\":\"rate_limited\",\"message\":\"Slow down\"}}");
        }

        assertThatThrownBy(() -> deployments.findOrCreateProject(userId, repo, owner + "/" + repo))
                .isInstanceOfSatisfying(VercelException.class, e -> assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED));
        assertThat(calls("POST", "/v11/projects")).hasSize(3); // the call and two retries
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() {
        VercelProject project = deployments.findOrCreateProject(userId, repo, owner + "/" + repo);
        vercel.failNext("POST", "/v13/deployments", 503, Map.of(), "{\"error\":{\"code\":\"internal_server_error\",\"message\":\"Service unavailable\"}}");
        vercel.failNext("POST", "/v13/deployments", 500, Map.of(), "");

        VercelDeployment created = deployments.createDeployment(userId, project, new GitHubCommit(owner, repo, "main", null));

        assertThat(created.state()).isEqualTo(State.QUEUED);
        assertThat(calls("POST", "/v13/deployments")).hasSize(3);
    }

    @Test
    void serverErrorsBeyondTheRetriesFailClearly() {
        for (int i = 0; i < 3; i++) {
            vercel.failNext("GET", "/v13/deployments/dpl_down", 502, Map.of(), "<html>Bad gateway</html>");
        }

        assertThatThrownBy(() -> deployments.deployment(userId, "dpl_down"))
                .isInstanceOfSatisfying(VercelException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.getMessage()).contains("Vercel answered 502 to GET /v13/deployments/dpl_down (3 tries). Try again later.");
                });
    }

    @Test
    void aTokenRevokedDuringADeployStopsItWithAReconnectMessage() {
        VercelProject project = deployments.findOrCreateProject(userId, repo, owner + "/" + repo);
        vercel.nextBuild(Build.endless("Installing dependencies"));
        VercelDeployment created = deployments.createDeployment(userId, project, new GitHubCommit(owner, repo, "main", null));
        var heard = new Recorder() {
            @Override
            public void stateChanged(VercelDeployment deployment) {
                super.stateChanged(deployment);
                vercel.revoke(token);
            }
        };

        assertThatThrownBy(() -> deployments.awaitCompletion(userId, created.id(), heard))
                .isInstanceOfSatisfying(VercelException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNAUTHORIZED);
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.needsReconnect()).isTrue();
                    assertThat(e.getMessage()).contains("Reconnect Vercel in Settings → Vercel");
                });
        assertThat(heard.states).containsExactly(State.BUILDING);
    }

    @Test
    void a403IsATokenOrScopeProblem() {
        vercel.failNext("GET", "/v13/deployments/dpl_x", 403, Map.of(),
                "{\"error\":{\"code\":\"forbidden\",\"message\":\"Not authorized\",\"invalidToken\":true}}");
        vercel.failNext("GET", "/v13/deployments/dpl_y", 403, Map.of(),
                "{\"error\":{\"code\":\"forbidden\",\"message\":\"You don't have permission to access this resource\"}}");

        assertThatThrownBy(() -> deployments.deployment(userId, "dpl_x"))
                .isInstanceOfSatisfying(VercelException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAUTHORIZED));
        assertThatThrownBy(() -> deployments.deployment(userId, "dpl_y"))
                .isInstanceOfSatisfying(VercelException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN);
                    assertThat(e.needsReconnect()).isTrue();
                    assertThat(e.getMessage()).contains("(forbidden: You don't have permission to access this resource)")
                            .contains("lacks the scope or team access");
                });
    }

    @Test
    void anUnknownDeploymentIsNotFound() {
        assertThatThrownBy(() -> deployments.deployment(userId, "dpl_missing"))
                .isInstanceOfSatisfying(VercelException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
                    assertThat(e.vercelCode()).isEqualTo("not_found");
                    assertThat(e.getMessage()).contains("GET /v13/deployments/dpl_missing (not_found: The deployment was not found)");
                });
    }

    @Test
    void aRunningDeploymentCanBeCanceled() {
        VercelProject project = deployments.findOrCreateProject(userId, repo, owner + "/" + repo);
        vercel.nextBuild(Build.endless("Installing dependencies"));
        VercelDeployment created = deployments.createDeployment(userId, project, new GitHubCommit(owner, repo, "main", null));
        assertThat(deployments.deployment(userId, created.id()).state()).isEqualTo(State.BUILDING);

        VercelDeployment canceled = deployments.cancel(userId, created.id());

        assertThat(canceled.state()).isEqualTo(State.CANCELED);
        assertThat(deployments.awaitCompletion(userId, created.id(), DeploymentListener.NONE).state()).isEqualTo(State.CANCELED);
        assertThat(calls("PATCH", "/v12/deployments/" + created.id() + "/cancel")).hasSize(1);
        assertThatThrownBy(() -> deployments.cancel(userId, created.id()))
                .isInstanceOfSatisfying(VercelException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REFUSED));
    }

    @Test
    void anEarlierReadyDeploymentCanBePromotedBack() {
        VercelProject project = deployments.findOrCreateProject(userId, repo, owner + "/" + repo);
        VercelDeployment first = deployments.createDeployment(userId, project, new GitHubCommit(owner, repo, "main", "1".repeat(40)));
        deployments.awaitCompletion(userId, first.id(), DeploymentListener.NONE);
        VercelDeployment second = deployments.createDeployment(userId, project, new GitHubCommit(owner, repo, "main", "2".repeat(40)));
        deployments.awaitCompletion(userId, second.id(), DeploymentListener.NONE);

        deployments.promote(userId, project.id(), first.id());

        assertThat(vercel.project(project.id()).orElseThrow().production).isEqualTo(first.id());
        assertThat(calls("POST", "/v10/projects/" + project.id() + "/promote/" + first.id())).hasSize(1);
    }

    @Test
    void withATeamEveryCallNamesTheTeam() {
        String teamId = "team_" + UUID.randomUUID().toString().replace("-", "");
        vercel.addTeam(teamId, "t-" + owner, "Team " + owner, owner);
        connections.connectWithToken(userId, token, teamId);
        int before = callsWith(token).size();

        VercelProject project = deployments.findOrCreateProject(userId, repo, owner + "/" + repo);
        deployments.upsertEnvironmentVariables(userId, project.id(), List.of(new EnvironmentVariable("A", "b", false)));
        VercelDeployment created = deployments.createDeployment(userId, project, new GitHubCommit(owner, repo, "main", null));
        deployments.awaitCompletion(userId, created.id(), DeploymentListener.NONE);
        deployments.promote(userId, project.id(), created.id());

        assertThat(project.teamId()).isEqualTo(teamId);
        assertThat(vercel.project(project.id()).orElseThrow().scope).isEqualTo(teamId);
        assertThat(callsWith(token).subList(before, callsWith(token).size()))
                .hasSizeGreaterThan(6).allSatisfy(r -> assertThat(r.query()).containsEntry("teamId", teamId));
    }

    @Test
    void withoutAConnectionNothingIsCalled() {
        String stranger = newUser();
        int before = vercel.requests().size();

        assertThatThrownBy(() -> deployments.findOrCreateProject(stranger, "x", "o/r"))
                .isInstanceOfSatisfying(VercelException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_CONNECTED);
                    assertThat(e.getMessage()).contains("Connect one in Settings → Vercel");
                });
        assertThat(vercel.requests()).hasSize(before);
    }

    private List<Request> calls(String method, String path) {
        return callsWith(token).stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    /** Remembers what the listener heard. */
    static class Recorder implements DeploymentListener {
        final List<State> states = new ArrayList<>();
        final List<BuildLogLine> lines = new ArrayList<>();

        @Override
        public void stateChanged(VercelDeployment deployment) {
            states.add(deployment.state());
        }

        @Override
        public void buildLog(BuildLogLine line) {
            lines.add(line);
        }
    }
}
