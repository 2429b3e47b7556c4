package dev.truecoding.deploy.run;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.truecoding.deploy.DeploymentStatus;
import dev.truecoding.run.DurableRuns;
import dev.truecoding.run.RunType;
import dev.truecoding.support.ApplicationTest;
import dev.truecoding.system.Clock;
import dev.truecoding.system.Ids;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deployments are never left building: one whose instance died too often is given up with a message, and one
 * whose job vanished is ended by the sweeper; either way a project deploying for the first time is FAILED
 * (remembering Deploying) and says why.
 */
@TestPropertySource(properties = {"truecoding.jobs.heartbeat=1s", "truecoding.jobs.missed-heartbeats=4",
        "truecoding.jobs.polling-interval=500ms"})
class DurableDeploymentTests extends ApplicationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Scheduler scheduler;

    @Autowired
    DurableRuns runs;

    @Autowired
    DeploymentRecords records;

    @Test
    void aDeploymentInterruptedTooOftenIsGivenUpAndItsProjectSaysWhy() throws Exception {
        ApiUser ada = signUp();
        String project = deployingProject(ada);
        String id = Ids.newId();
        records.insert(id, project, userId(ada), "builtin", "builtin_" + id, "0".repeat(40), null, null);
        jdbc.sql("UPDATE deployments SET status = CAST('BUILDING' AS deployment_status), attempts = ? WHERE id = ?")
                .params(DurableRuns.MAX_ATTEMPTS, id).update();
        // What a killed instance leaves: the job picked, its heartbeat long stopped.
        jdbc.sql("""
                INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by, last_heartbeat, version)
                VALUES (?, ?, ?, TRUE, 'killed-instance', ?, 1)""")
                .params(RunType.DEPLOYMENT.jobName(), id, java.sql.Timestamp.from(Instant.now()),
                        java.sql.Timestamp.from(Instant.now().minusSeconds(3600))).update();

        String status = api(ada).awaitDeployment(id).get("status").asString();

        assertThat(status).isEqualTo("ERROR");
        String body = api(ada).get("/api/deployments/" + id).toString();
        assertThat(body).contains("interrupted 3 times").contains("previous deployment still serves");
        assertThat(projectField(ada, project, "status")).isEqualTo("FAILED");
        assertThat(projectField(ada, project, "failedPhase")).isEqualTo("DEPLOYING");
        assertThat(api(ada).get("/api/deployments/" + id + "/events").toString()).contains("\"stage\":\"error\"");
    }

    @Test
    void aDeploymentWhoseJobVanishedIsEndedByTheSweeper() throws Exception {
        ApiUser ada = signUp();
        String project = deployingProject(ada);
        String id = Ids.newId();
        records.insert(id, project, userId(ada), "builtin", "builtin_" + id, "0".repeat(40), null, null);

        runs.sweep();

        assertThat(records.find(userId(ada), id).orElseThrow().status()).isEqualTo(DeploymentStatus.ERROR);
        assertThat(records.find(userId(ada), id).orElseThrow().errorMessage()).contains("stopped without finishing");
        assertThat(projectField(ada, project, "status")).isEqualTo("FAILED");
    }

    @Test
    void aChangesDeploymentThatEndsLeavesTheProjectToTheChangesRun() throws Exception {
        ApiUser ada = signUp();
        String project = deployingProject(ada);
        String id = Ids.newId();
        String change = Ids.newId();
        records.insert(id, project, userId(ada), "builtin", "builtin_" + id, "0".repeat(40), null, change);

        runs.sweep();

        assertThat(records.find(userId(ada), id).orElseThrow().status()).isEqualTo(DeploymentStatus.ERROR);
        assertThat(records.find(userId(ada), id).orElseThrow().changeId()).isEqualTo(change);
        assertThat(projectField(ada, project, "status")).isEqualTo("DEPLOYING");
        assertThat(api(ada).get("/api/deployments/" + id).get("changeId").asString()).isEqualTo(change);
    }

    /** A project as generation leaves it: DEPLOYING (set directly; the tests of generation cover getting there). */
    private String deployingProject(ApiUser user) throws Exception {
        String project = api(user).createProject("Durable");
        jdbc.sql("UPDATE projects SET status = CAST('DEPLOYING' AS project_status), updated_at = ? WHERE id = ?")
                .params(Clock.nowUtc(), project).update();
        return project;
    }

    private String userId(ApiUser user) {
        return jdbc.sql("SELECT id FROM users WHERE email = ?").param(user.email()).query(String.class).single();
    }

    private String projectField(ApiUser user, String project, String field) throws Exception {
        return api(user).get("/api/projects/" + project).get(field).asString();
    }
}
