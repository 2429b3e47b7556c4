package dev.truecoding.run;

import dev.truecoding.support.Await;
import dev.truecoding.support.RunEnds;
import dev.truecoding.support.SseEvent;
import dev.truecoding.system.DatabaseUrl;
import dev.truecoding.system.Ids;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

/**
 * The run kernel booted alone (with {@code system}: configuration, database), driving a kind of its own
 * ({@link TallyRun}) and no feature's: a started run's job executes its stages, its events are stored in order and
 * replayed from {@code Last-Event-ID}, a revived job counts its attempts and is given up after
 * {@link DurableRuns#MAX_ATTEMPTS}, a stage's failure ends the run with its message, the sweep ends a run whose job
 * is gone, and {@link RunEnded} is published exactly once per run however often its end is reached.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "system")
@Import({TallyRun.class, RunEnds.class})
@TestPropertySource(properties = {
        "truecoding.data-dir=target/test-data-run-module",
        "truecoding.session-store=memory",
        "truecoding.jobs.polling-interval=200ms",
        "truecoding.database-url=jdbc:h2:mem:truecoding-run-module" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1"})
class RunModuleTests {

    @Autowired
    DurableRuns runs;

    @Autowired
    RunEvents events;

    @Autowired
    RunStreams streams;

    @Autowired
    TallyRun tally;

    @Autowired
    RunEnds ends;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JsonMapper json;

    String projectId;

    @BeforeEach
    void aPersonAndAProject() {
        String userId = Ids.newId();
        jdbc.sql("INSERT INTO users (id, clerk_id, email) VALUES (?, ?, ?)").params(userId, "local_" + userId, userId + "@example.com").update();
        projectId = Ids.newId();
        jdbc.sql("INSERT INTO projects (id, user_id, name) VALUES (?, ?, ?)").params(projectId, userId, "Tally").update();
    }

    @Test
    void aStartedRunExecutesItsStagesStoresItsEventsAndEndsOnce() throws Exception {
        String runId = tally.insert(projectId, 0);
        transactions.executeWithoutResult(status -> runs.start(RunType.GENERATION, runId, projectId,
                new RunProgress("queued", 0, "Queued", null), TallyRun.SUCCEED));

        Await.until("the tally run to end", Duration.ofSeconds(30), () -> tally.status(runId), "SUCCEEDED"::equals);

        assertThat(events.after(runId, 0)).extracting(RunEvent::id).containsExactly(1, 2, 3, 4);
        assertThat(events.after(runId, 0)).extracting(RunEvent::kind)
                .containsExactly(RunEvent.PROGRESS, RunEvent.PROGRESS, RunEvent.LOG, RunEvent.PROGRESS);
        assertThat(events.after(runId, 0)).extracting(event -> event.progress().stage())
                .containsExactly("queued", "counting", "counting", "done");
        assertThat(events.after(runId, 0)).extracting(event -> event.progress().progress()).containsExactly(0, 45, 45, 100);
        assertThat(events.after(runId, 0).getLast().progress().details()).isEqualTo("42");
        assertThat(tally.attempts(runId)).isEqualTo(1);
        assertThat(tally.stage(runId)).isEqualTo("done");
        assertThat(ends.of(runId)).extracting(RunEnded::outcome, RunEnded::projectId, RunEnded::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RunEnded.Outcome.SUCCEEDED, projectId, RunType.GENERATION));

        // Its end reached again (a late job, a sweep): nothing more is stored or published.
        runs.execute(RunType.GENERATION, runId, TallyRun.SUCCEED);
        runs.sweep();
        assertThat(events.after(runId, 0)).hasSize(4);
        assertThat(ends.of(runId)).hasSize(1);
        assertThat(tally.status(runId)).isEqualTo("SUCCEEDED");
    }

    @Test
    void aStreamResumesAfterTheLastEventItsClientSaw() throws Exception {
        String runId = tally.insert(projectId, 0);
        runs.execute(RunType.GENERATION, runId, TallyRun.SUCCEED);
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new EventsController(streams)).build();

        MvcResult all = mvc.perform(get("/tally/" + runId + "/events").accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted()).andReturn();
        all.getAsyncResult(10_000);
        MvcResult resumed = mvc.perform(get("/tally/" + runId + "/events").header("Last-Event-ID", "2")
                        .accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted()).andReturn();
        resumed.getAsyncResult(10_000);

        List<SseEvent> whole = SseEvent.parse(all.getResponse().getContentAsString(), json);
        List<SseEvent> rest = SseEvent.parse(resumed.getResponse().getContentAsString(), json);
        assertThat(whole).extracting(SseEvent::number).containsExactly(1, 2, 3);
        assertThat(whole).extracting(SseEvent::name).containsExactly("progress", "log", "progress");
        assertThat(rest).extracting(SseEvent::number).containsExactly(3);
        assertThat(rest.getFirst().data().get("stage").asString()).isEqualTo("done");
        assertThat(rest.getFirst().data().get("message").asString()).isEqualTo("Counted");
    }

    @Test
    void eventsSaidAsPhrasesReadInTheReadersLanguageAndPlainOnesAsStored() throws Exception {
        String runId = tally.insert(projectId, 1); // revived: the kernel's own "resuming" is said too
        runs.execute(RunType.GENERATION, runId, TallyRun.SAY);
        Locale portuguese = Locale.forLanguageTag("pt-BR");

        assertThat(events.after(runId, 0, portuguese)).extracting(event -> event.progress().message()).containsExactly(
                "Retomando depois que o True Coding reiniciou (tentativa 2 de 3); as etapas recomeçam e aproveitam o que "
                        + "já está feito.", "Executando build (5 de 5)", "No ar em http://tally.localhost");
        // Outside a request (the background work reading events), and in the table: English.
        assertThat(events.after(runId, 0)).extracting(event -> event.progress().message())
                .containsExactly("Resuming after True Coding restarted (attempt 2 of 3); stages start over and reuse what "
                        + "is already done.", "Running build (5 of 5)", "Live at http://tally.localhost");
        assertThat(jdbc.sql("SELECT message FROM run_events WHERE run_id = ? ORDER BY seq").param(runId)
                .query(String.class).list()).last().isEqualTo("Live at http://tally.localhost");
        assertThat(tally.message(runId)).isEqualTo("Live at http://tally.localhost");

        // An event stored before phrases (plain text only) reads as it was stored, in any language.
        String older = tally.insert(projectId, 0);
        jdbc.sql("INSERT INTO run_events (run_id, seq, project_id, kind, stage, progress, message, created_at) "
                + "VALUES (?, 1, ?, 'progress', 'counting', 10, 'Counting the old way', CURRENT_TIMESTAMP)")
                .params(older, projectId).update();
        assertThat(events.after(older, 0, portuguese).getFirst().progress().message()).isEqualTo("Counting the old way");

        // The stream speaks the language of the request that follows it, English when it names none.
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new EventsController(streams)).build();
        MvcResult inPortuguese = mvc.perform(get("/tally/" + runId + "/events").header("Accept-Language", "pt-BR,pt;q=0.9")
                .accept(MediaType.TEXT_EVENT_STREAM)).andExpect(request().asyncStarted()).andReturn();
        inPortuguese.getAsyncResult(10_000);
        MvcResult inEnglish = mvc.perform(get("/tally/" + runId + "/events").accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted()).andReturn();
        inEnglish.getAsyncResult(10_000);
        assertThat(SseEvent.parse(inPortuguese.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), json))
                .extracting(event -> event.data().get("message").asString())
                .containsExactlyElementsOf(events.after(runId, 0, portuguese).stream().map(e -> e.progress().message()).toList());
        assertThat(SseEvent.parse(inEnglish.getResponse().getContentAsString(), json).getLast().data().get("message")
                .asString()).isEqualTo("Live at http://tally.localhost");
    }

    @Test
    void aRevivedRunSaysSoAndCountsItsAttempt() {
        String runId = tally.insert(projectId, 1); // its job was started once, and its instance died

        runs.execute(RunType.GENERATION, runId, TallyRun.SUCCEED);

        assertThat(tally.status(runId)).isEqualTo("SUCCEEDED");
        assertThat(tally.attempts(runId)).isEqualTo(2);
        assertThat(events.after(runId, 0).getFirst().progress().message())
                .startsWith("Resuming after True Coding restarted (attempt 2 of 3)");
        assertThat(ends.of(runId)).extracting(RunEnded::outcome).containsExactly(RunEnded.Outcome.SUCCEEDED);
    }

    @Test
    void aRunInterruptedThreeTimesIsGivenUpWithItsKindsWords() {
        String runId = tally.insert(projectId, DurableRuns.MAX_ATTEMPTS);

        runs.execute(RunType.GENERATION, runId, TallyRun.SUCCEED);

        assertThat(tally.status(runId)).isEqualTo("FAILED");
        assertThat(tally.message(runId)).isEqualTo("The run was interrupted 3 times (True Coding stopped while it ran) "
                + "and was given up. Nothing more was committed; generate again to retry.");
        RunEvent last = events.after(runId, 0).getLast();
        assertThat(last.kind()).isEqualTo(RunEvent.FAILED);
        assertThat(last.progress().stage()).isEqualTo("queued");
        assertThat(dev.truecoding.system.Phrases.say(last.phrase(), Locale.forLanguageTag("pt-BR")))
                .as("a Portuguese reader has the kernel's ending in their language")
                .startsWith("A geração foi interrompida 3 vezes");
        assertThat(tally.executions(runId)).isZero();
        assertThat(ends.of(runId)).extracting(RunEnded::outcome).containsExactly(RunEnded.Outcome.FAILED);
    }

    @Test
    void aStagesFailureEndsTheRunWithItsMessageAtTheStageItReached() {
        String refused = tally.insert(projectId, 0);
        String crashed = tally.insert(projectId, 0);
        String returned = tally.insert(projectId, 0);

        runs.execute(RunType.GENERATION, refused, TallyRun.REFUSE);
        runs.execute(RunType.GENERATION, crashed, TallyRun.CRASH);
        runs.execute(RunType.GENERATION, returned, TallyRun.RETURN);

        assertThat(tally.message(refused)).isEqualTo("Nothing to count");
        assertThat(events.after(refused, 0).getLast().progress())
                .isEqualTo(new RunProgress("counting", 9, "Nothing to count", "an empty list"));
        assertThat(tally.message(crashed)).isEqualTo("Generation stopped: the counter broke");
        assertThat(tally.message(returned)).isEqualTo("The run stopped without finishing (its background job ended "
                + "unexpectedly). Generate again to retry.");
        for (String runId : List.of(refused, crashed, returned)) {
            assertThat(tally.status(runId)).isEqualTo("FAILED");
            assertThat(events.after(runId, 0).getLast().kind()).isEqualTo(RunEvent.FAILED);
            assertThat(ends.of(runId)).extracting(RunEnded::outcome).containsExactly(RunEnded.Outcome.FAILED);
        }
    }

    @Test
    void theSweepEndsARunWhoseJobIsGoneAndLeavesARunningOneAlone() throws Exception {
        String orphan = tally.insert(projectId, 1); // active, and no job will ever pick it
        String running = tally.insert(projectId, 0);
        transactions.executeWithoutResult(status -> runs.start(RunType.GENERATION, running, projectId,
                new RunProgress("queued", 0, "Queued", null), TallyRun.WAIT));
        Await.until("the job to pick the run", Duration.ofSeconds(30), () -> tally.executions(running), n -> n == 1);

        runs.sweep();

        assertThat(tally.status(orphan)).isEqualTo("FAILED");
        assertThat(tally.message(orphan)).isEqualTo("The run stopped without finishing (its background job ended "
                + "unexpectedly). Generate again to retry.");
        assertThat(ends.of(orphan)).hasSize(1);
        assertThat(tally.status(running)).isEqualTo("ACTIVE");
        assertThat(ends.of(running)).isEmpty();

        tally.release();
        Await.until("the running run to end", Duration.ofSeconds(30), () -> tally.status(running), "SUCCEEDED"::equals);
        assertThat(ends.of(running)).extracting(RunEnded::outcome).containsExactly(RunEnded.Outcome.SUCCEEDED);
    }

    /**
     * How a feature's events endpoint follows a run, with the kernel's {@link RunStreams#resume}. Nested in a test
     * class, so no other test's scan finds it; given to a standalone MockMvc.
     */
    @RestController
    static class EventsController {

        private final RunStreams streams;

        EventsController(RunStreams streams) {
            this.streams = streams;
        }

        @GetMapping("/tally/{runId}/events")
        ResponseEntity<SseEmitter> events(@PathVariable String runId,
                                          @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId,
                                          @RequestParam(defaultValue = "0") int after) {
            return streams.resume(RunType.GENERATION, runId, lastEventId, after, RunEvent::progress);
        }
    }
}
