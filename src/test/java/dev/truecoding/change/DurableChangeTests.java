package dev.truecoding.change;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.truecoding.account.AccountService;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.deploy.DeployRequest;
import dev.truecoding.deploy.Deployment;
import dev.truecoding.deploy.DeploymentService;
import dev.truecoding.github.fake.FakeGitHub;
import dev.truecoding.run.DurableRuns;
import dev.truecoding.run.RunType;
import dev.truecoding.support.ApplicationTest;
import dev.truecoding.support.Await;
import dev.truecoding.support.RequiresPostgres;
import dev.truecoding.vercel.fake.FakeVercel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change's run survives its instance on PostgreSQL, on GitHub and Vercel (their fakes): what an instance killed
 * at each point leaves behind — before the commit, after it and before the deployment, during the deployment —
 * is revived and ends APPLIED with exactly one commit and one deployment; interrupted too often, the change is
 * given up with a message and the project is back at LIVE on the deployment that served before.
 */
@RequiresPostgres
@TestPropertySource(properties = {"truecoding.generation.npm=false", "truecoding.chat.messages-per-minute=1000",
        "truecoding.jobs.heartbeat=1s", "truecoding.jobs.missed-heartbeats=4", "truecoding.jobs.polling-interval=500ms",
        "truecoding.vercel.poll-interval=10ms", "truecoding.vercel.poll-max-interval=40ms",
        "truecoding.vercel.deploy-timeout=10s"})
class DurableChangeTests extends ApplicationTest {

    static final FakeGitHub github = new FakeGitHub();
    static final FakeVercel vercel = new FakeVercel();

    @DynamicPropertySource
    static void postgresAndTheFakes(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        registry.add("truecoding.github.api-url", github::url);
        registry.add("truecoding.github.url", github::url);
        registry.add("truecoding.vercel.api-url", vercel::url);
        registry.add("truecoding.vercel.web-url", vercel::url);
    }

    @Autowired
    Scheduler scheduler;

    @Autowired
    Changes changes;

    @Autowired
    DeploymentService deployments;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private GitHubVercelApp app;
    private SignedInUser person;

    @BeforeEach
    void aLiveAppOnGitHubAndVercel() throws Exception {
        ApiUser ada = signUp();
        app = GitHubVercelApp.live(api(ada), github, vercel, "Recipe Box");
        person = accounts.authenticateWithToken(ada.email(), ada.token()).orElseThrow();
    }

    @Test
    void aChangeKilledBeforeItsCommitResumesAndIsAppliedWithOneCommitAndOneDeployment() throws Exception {
        String change = app.proposed("add field Recipe.rating: int default 0");
        String before = app.head();

        startAsIfKilled(change, "validating", 1);
        Change applied = awaitEnd(change);

        assertThat(applied.status()).as("%s", applied.errorMessage()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(messages(change)).anyMatch(m -> m.startsWith("Resuming after True Coding restarted (attempt 2 of 3)"));
        assertThat(attempts(change)).isEqualTo(2);
        assertThat(app.commitsOf(change)).containsExactly(applied.commitSha());
        assertThat(app.github.commit(applied.commitSha()).parents()).containsExactly(before);
        assertOneLiveDeploymentOf(change, applied.commitSha());
    }

    @Test
    void aChangeKilledAfterItsCommitDeploysThatCommitOnceWithoutCommittingAgain() throws Exception {
        String change = app.proposed("add field Recipe.rating: int default 0");
        String commit = committedButNotDeployed(change);

        // What an instance killed right after recording the commit leaves: the change applying, no deployment.
        scheduler.pause();
        try {
            jdbc.sql("""
                    UPDATE changes SET status = 'APPLYING', error_message = NULL, error_details = NULL, deployment_id = NULL,
                        stage = 'committing', attempts = 1 WHERE id = ?""").param(change).update();
            projectTo("GENERATING");
            deadJob(change);
        } finally {
            scheduler.resume();
        }
        Change applied = awaitEnd(change);

        assertThat(applied.status()).as("%s", applied.errorMessage()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(applied.commitSha()).isEqualTo(commit);
        assertThat(app.commitsOf(change)).containsExactly(commit);
        assertThat(app.head()).isEqualTo(commit);
        assertOneLiveDeploymentOf(change, commit, 1);
    }

    @Test
    void aChangeKilledDuringItsDeploymentFollowsThatDeploymentInsteadOfStartingAnother() throws Exception {
        String change = app.proposed("add field Recipe.rating: int default 0");
        String commit = committedButNotDeployed(change);

        // What an instance killed while following the deployment leaves: the deployment going, the change applying.
        scheduler.pause();
        Deployment started;
        try {
            projectTo("DEPLOYING");
            started = transactions.execute(status -> {
                Deployment deployment = deployments.start(person, new DeployRequest(app.project, null, null, change));
                jdbc.sql("""
                        UPDATE changes SET status = 'APPLYING', error_message = NULL, error_details = NULL,
                            deployment_id = ?, stage = 'deploying', attempts = 1 WHERE id = ?""")
                        .params(deployment.id(), change).update();
                return deployment;
            });
            deadJob(change);
        } finally {
            scheduler.resume();
        }
        Change applied = awaitEnd(change);

        assertThat(applied.status()).as("%s", applied.errorMessage()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(applied.deploymentId()).isEqualTo(started.id());
        assertThat(app.commitsOf(change)).containsExactly(commit);
        assertOneLiveDeploymentOf(change, commit, 1);
    }

    @Test
    void aChangeInterruptedTooOftenIsGivenUpAndThePreviousDeploymentStillServesUntilItIsAppliedAgain() throws Exception {
        String change = app.proposed("add field Recipe.rating: int default 0");
        String before = app.head();
        String url = app.api.get("/api/projects/" + app.project).get("productionUrl").asString();

        startAsIfKilled(change, "merging", DurableRuns.MAX_ATTEMPTS);
        Change given = awaitEnd(change);

        assertThat(given.status()).isEqualTo(ChangeStatus.FAILED);
        assertThat(given.errorMessage()).contains("interrupted 3 times").contains("apply the change again");
        JsonNode project = app.api.get("/api/projects/" + app.project);
        assertThat(project.get("status").asString()).isEqualTo("LIVE");
        assertThat(project.get("productionUrl").asString()).isEqualTo(url);
        assertThat(project.get("technicalPlan").toString()).doesNotContain("\"rating\"");
        assertThat(app.api.get("/api/deployments/" + app.firstDeployment).get("live").asBoolean()).isTrue();
        assertThat(app.head()).isEqualTo(before);
        assertThat(app.commitsOf(change)).isEmpty();
        assertThat(deploymentsOf(change)).isZero();

        JsonNode again = app.api.post("/api/changes/" + change + "/apply", java.util.Map.of("confirmDataLoss", false));
        assertThat(again.get("status").asString()).isEqualTo("APPLYING");
        Change applied = awaitEnd(change);
        assertThat(applied.status()).as("%s", applied.errorMessage()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(attempts(change)).as("counted anew for the new attempt").isEqualTo(1);
        assertThat(app.commitsOf(change)).containsExactly(applied.commitSha());
        assertOneLiveDeploymentOf(change, applied.commitSha());
    }

    /**
     * Applies the change with Vercel failing its build: the commit made and recorded, the change FAILED. The
     * failed deployment is then removed, as if it had never been started, so the tests start from the commit.
     */
    private String committedButNotDeployed(String change) throws Exception {
        vercel.nextBuild(FakeVercel.Build.failing("BUILD_FAILED", "Command \"npm run build\" exited with 1", "Type error"));
        changes.apply(person, change, false);
        Change failed = awaitEnd(change);
        assertThat(failed.status()).isEqualTo(ChangeStatus.FAILED);
        assertThat(failed.errorMessage()).contains("The deployment failed");
        assertThat(failed.commitSha()).isNotNull();
        jdbc.sql("DELETE FROM run_events WHERE run_id = ?").param(failed.deploymentId()).update();
        jdbc.sql("DELETE FROM deployments WHERE id = ?").param(failed.deploymentId()).update();
        return failed.commitSha();
    }

    /** Applies the change, then leaves it as an instance killed mid-run would: picked, heartbeat long stopped. */
    private void startAsIfKilled(String change, String stage, int attempts) {
        scheduler.pause();
        try {
            changes.apply(person, change, false);
            jdbc.sql("UPDATE changes SET stage = ?, attempts = ? WHERE id = ?").params(stage, attempts, change).update();
            int picked = jdbc.sql("""
                    UPDATE scheduled_tasks SET picked = TRUE, picked_by = 'killed-instance',
                        last_heartbeat = NOW() - INTERVAL '1 hour', version = version + 1
                    WHERE task_instance = ?""").param(change).update();
            assertThat(picked).isEqualTo(1);
        } finally {
            scheduler.resume();
        }
    }

    /** The change's job as a killed instance leaves it. */
    private void deadJob(String change) {
        jdbc.sql("""
                INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by, last_heartbeat, version)
                VALUES (?, ?, ?, TRUE, 'killed-instance', ?, 1)""")
                .params(RunType.CHANGE.jobName(), change, java.sql.Timestamp.from(Instant.now()),
                        java.sql.Timestamp.from(Instant.now().minusSeconds(3600))).update();
    }

    private void assertOneLiveDeploymentOf(String change, String commit) throws Exception {
        assertOneLiveDeploymentOf(change, commit, 0);
    }

    /** {@code askedBefore}: Vercel deployments of the commit asked before the instance was killed (the set-up's). */
    private void assertOneLiveDeploymentOf(String change, String commit, long askedBefore) throws Exception {
        assertThat(deploymentsOf(change)).as("deployments of the change").isEqualTo(1);
        String deployment = jdbc.sql("SELECT id FROM deployments WHERE change_id = ?").param(change).query(String.class).single();
        JsonNode live = app.api.get("/api/deployments/" + deployment);
        assertThat(live.get("status").asString()).isEqualTo("READY");
        assertThat(live.get("commitSha").asString()).isEqualTo(commit);
        assertThat(live.get("live").asBoolean()).isTrue();
        assertThat(app.vercelDeploymentsOf(commit) - askedBefore).as("Vercel asked to deploy the change's commit").isEqualTo(1);
        JsonNode project = app.api.get("/api/projects/" + app.project);
        assertThat(project.get("status").asString()).isEqualTo("LIVE");
        assertThat(project.get("technicalPlan").toString()).contains("\"rating\"");
    }

    private Change awaitEnd(String change) throws Exception {
        return Await.until("change " + change + " to end", Duration.ofSeconds(90), () -> changes.get(person.id(), change),
                c -> c.status() != ChangeStatus.APPLYING);
    }

    private void projectTo(String status) {
        jdbc.sql("UPDATE projects SET status = CAST(? AS project_status) WHERE id = ?").params(status, app.project).update();
    }

    private List<String> messages(String change) {
        return changes.events(person.id(), change, 0).stream().map(e -> e.progress().message()).toList();
    }

    private int attempts(String change) {
        return jdbc.sql("SELECT attempts FROM changes WHERE id = ?").param(change).query(Integer.class).single();
    }

    private int deploymentsOf(String change) {
        return jdbc.sql("SELECT COUNT(*) FROM deployments WHERE change_id = ?").param(change).query(Integer.class).single();
    }
}
