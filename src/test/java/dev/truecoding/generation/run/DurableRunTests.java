package dev.truecoding.generation.run;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.truecoding.account.AccountService;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.generation.GenerationApiTests;
import dev.truecoding.generation.GenerationRequest;
import dev.truecoding.generation.GenerationRun;
import dev.truecoding.generation.GenerationService;
import dev.truecoding.run.DurableRuns;
import dev.truecoding.run.RunTasks;
import dev.truecoding.support.ApplicationTest;
import dev.truecoding.support.Await;
import dev.truecoding.support.RequiresPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Runs survive their instance on PostgreSQL: what a killed instance leaves behind (its job picked, its
 * heartbeat stopped, the run half way) is revived and finished, or given up with a message after too many
 * interruptions; a run whose job vanished is ended by the sweeper; with two instances polling one database,
 * every run executes exactly once.
 */
@RequiresPostgres
@TestPropertySource(properties = {"truecoding.generation.npm=false", "truecoding.jobs.heartbeat=1s",
        "truecoding.jobs.missed-heartbeats=4", "truecoding.jobs.polling-interval=500ms"})
class DurableRunTests extends ApplicationTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        usePostgres(registry);
    }

    @Autowired
    Scheduler scheduler;

    @Autowired
    GenerationService generation;

    @Autowired
    DurableRuns runs;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    RunTasks tasks;

    @Test
    void aRunWhoseInstanceDiedIsRevivedAndFinished() throws Exception {
        ApiUser ada = signUp();
        SignedInUser person = person(ada);
        String project = api(ada).approvedProject("Survivor", GenerationApiTests.plan());
        String runId = startAsIfKilledAt(person, project, "validating_code", 1);

        GenerationRun run = awaitEnd(person, runId);

        assertThat(run.status()).isEqualTo(GenerationRun.Status.SUCCEEDED);
        assertThat(messages(person, runId)).anyMatch(m -> m.startsWith("Resuming after True Coding restarted (attempt 2 of 3)"));
        assertThat(attempts(runId)).isEqualTo(2);
        assertThat(projectStatus(ada, project)).isEqualTo("DEPLOYING");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?").param(runId).query(Integer.class).single()).isZero();
    }

    @Test
    void aRunInterruptedTooOftenIsGivenUpWithAMessage() throws Exception {
        ApiUser ada = signUp();
        SignedInUser person = person(ada);
        String project = api(ada).approvedProject("Crashy", GenerationApiTests.plan());
        String runId = startAsIfKilledAt(person, project, "committing", DurableRuns.MAX_ATTEMPTS);

        GenerationRun run = awaitEnd(person, runId);

        assertThat(run.status()).isEqualTo(GenerationRun.Status.FAILED);
        assertThat(run.errorMessage()).contains("interrupted 3 times").contains("generate again");
        assertThat(projectStatus(ada, project)).isEqualTo("FAILED");
        assertThat(api(ada).get("/api/projects/" + project).get("failedPhase").asString()).isEqualTo("GENERATING");
    }

    @Test
    void aRunWhoseJobVanishedIsEndedByTheSweeper() throws Exception {
        ApiUser ada = signUp();
        SignedInUser person = person(ada);
        String project = api(ada).approvedProject("Orphan", GenerationApiTests.plan());
        scheduler.pause();
        String runId;
        try {
            runId = generation.start(person, new GenerationRequest(project, null)).id();
            jdbc.sql("DELETE FROM scheduled_tasks WHERE task_instance = ?").param(runId).update();
        } finally {
            scheduler.resume();
        }

        runs.sweep();

        GenerationRun run = generation.find(person.id(), runId);
        assertThat(run.status()).isEqualTo(GenerationRun.Status.FAILED);
        assertThat(run.errorMessage()).contains("stopped without finishing");
        assertThat(projectStatus(ada, project)).isEqualTo("FAILED");
    }

    @Test
    void twoInstancesSharingTheDatabaseRunEachRunOnce() throws Exception {
        Scheduler second = Scheduler.create(dataSource, List.copyOf(tasks.byType().values())).threads(4)
                .pollingInterval(Duration.ofMillis(100)).heartbeatInterval(Duration.ofSeconds(1)).build();
        second.start();
        try {
            ApiUser ada = signUp();
            SignedInUser person = person(ada);
            List<String> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(generation.start(person, new GenerationRequest(api(ada).approvedProject("Shared " + i, GenerationApiTests.plan()), null)).id());
            }
            for (String runId : runs) {
                assertThat(awaitEnd(person, runId).status()).isEqualTo(GenerationRun.Status.SUCCEEDED);
                assertThat(attempts(runId)).as("attempts of " + runId).isEqualTo(1);
                assertThat(messages(person, runId).stream().filter(m -> m.startsWith("Committed "))).hasSize(1);
            }
        } finally {
            second.stop();
        }
    }

    /** Starts a run, then leaves it as an instance killed mid-run would: picked, heartbeat long stopped. */
    private String startAsIfKilledAt(SignedInUser person, String project, String stage, int attempts) {
        scheduler.pause();
        try {
            String runId = generation.start(person, new GenerationRequest(project, null)).id();
            jdbc.sql("UPDATE generation_runs SET stage = ?, progress = 40, attempts = ? WHERE id = ?")
                    .params(stage, attempts, runId).update();
            int picked = jdbc.sql("""
                    UPDATE scheduled_tasks SET picked = TRUE, picked_by = 'killed-instance',
                        last_heartbeat = NOW() - INTERVAL '1 hour', version = version + 1
                    WHERE task_instance = ?""").param(runId).update();
            assertThat(picked).isEqualTo(1);
            return runId;
        } finally {
            scheduler.resume();
        }
    }

    private GenerationRun awaitEnd(SignedInUser person, String runId) throws Exception {
        return Await.until("run " + runId + " to finish", Duration.ofSeconds(60), () -> generation.find(person.id(), runId),
                run -> !run.running());
    }

    private List<String> messages(SignedInUser person, String runId) {
        return generation.events(person.id(), runId, 0).stream().map(e -> e.progress().message()).toList();
    }

    private int attempts(String runId) {
        return jdbc.sql("SELECT attempts FROM generation_runs WHERE id = ?").param(runId).query(Integer.class).single();
    }

    private SignedInUser person(ApiUser user) {
        return accounts.authenticateWithToken(user.email(), user.token()).orElseThrow();
    }

    private String projectStatus(ApiUser user, String project) throws Exception {
        return api(user).get("/api/projects/" + project).get("status").asString();
    }
}
