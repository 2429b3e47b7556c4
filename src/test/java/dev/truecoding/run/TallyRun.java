package dev.truecoding.run;

import dev.truecoding.system.Phrase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A kind of run that belongs to no feature, for {@link RunModuleTests}: it counts, in a table of its own
 * ({@code tally_runs}), and its job's data says how its stages go. It stands in the kernel for the generation
 * type (the kernel's kinds are a fixed set), which is why it is registered only by that test, never scanned: it is
 * deliberately not a {@code @Component}.
 */
class TallyRun implements RunKind<TallyRun.TallyStage> {

    static final String SUCCEED = "succeed";
    static final String REFUSE = "refuse";
    static final String CRASH = "crash";
    static final String RETURN = "return";
    /** Says its progress and its end as phrases of the page bundles, as the features' runs do. */
    static final String SAY = "say";
    /** Waits until {@link #release()}, then succeeds: a run whose job is running. */
    static final String WAIT = "wait";

    private static final Descriptor<TallyStage> DESCRIPTOR = new Descriptor<>(RunType.GENERATION, TallyStage.class,
            new RunTable("tally_runs", "status = 'ACTIVE'"),
            new Wording("generation")); // the kernel says its endings in a feature's words

    enum TallyStage implements RunStage {
        QUEUED(new StageSpan("queued", "Queued", 0, 0)),
        COUNTING(new StageSpan("counting", "Counting", 0, 90)),
        DONE(StageSpan.last("done", "Done", 90, 100));

        private final StageSpan span;

        TallyStage(StageSpan span) {
            this.span = span;
        }

        @Override
        public StageSpan span() {
            return span;
        }
    }

    private final JdbcClient jdbc;
    private final Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();
    private final CountDownLatch released = new CountDownLatch(1);

    TallyRun(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS tally_runs (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, project_id TEXT NOT NULL,
                    status TEXT NOT NULL, stage TEXT NOT NULL, progress INTEGER NOT NULL, attempts INTEGER NOT NULL,
                    message TEXT)""").update();
    }

    @Override
    public Descriptor<TallyStage> descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Optional<RunRecord> record(String runId) {
        return jdbc.sql("SELECT * FROM tally_runs WHERE id = ?").param(runId)
                .query((rs, row) -> new RunRecord(rs.getString("id"), rs.getString("user_id"), rs.getString("project_id"),
                        "ACTIVE".equals(rs.getString("status")), rs.getString("stage"), rs.getInt("progress")))
                .optional();
    }

    @Override
    public boolean end(String runId, RunEnded.Outcome outcome, String message, String details) {
        return jdbc.sql("UPDATE tally_runs SET status = ?, message = ? WHERE id = ? AND status = 'ACTIVE'")
                .params(outcome.name(), message, runId).update() == 1;
    }

    @Override
    public void moved(String runId, RunProgress progress) {
        jdbc.sql("UPDATE tally_runs SET stage = ?, progress = ? WHERE id = ?")
                .params(progress.stage(), progress.progress(), runId).update();
    }

    @Override
    public void execute(Run<TallyStage> run) throws InterruptedException {
        executions.computeIfAbsent(run.id(), id -> new AtomicInteger()).incrementAndGet();
        switch (run.data()) {
            case REFUSE -> {
                run.report(TallyStage.COUNTING, 0.1, "Counting", null);
                throw new StageFailure("Nothing to count", "an empty list");
            }
            case CRASH -> throw new IllegalStateException("the counter broke");
            case SAY -> {
                run.report(TallyStage.COUNTING, 0.5, Phrase.of("progress.validation.running", "build", 5, 5), null);
                run.succeed(TallyStage.DONE, Phrase.of("progress.deploy.liveAt", "http://tally.localhost"), "42");
            }
            case RETURN -> run.report(TallyStage.COUNTING, 0.5, "Counting", null);
            case WAIT -> {
                if (!released.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
                run.succeed(TallyStage.DONE, "Counted", "42");
            }
            default -> {
                run.report(TallyStage.COUNTING, 0.5, "Counting", null);
                run.log(TallyStage.COUNTING, "one\ntwo");
                run.succeed(TallyStage.DONE, "Counted", "42");
            }
        }
    }

    /** A queued run of the project's owner, as if its job had been started {@code attempts} times. */
    String insert(String projectId, int attempts) {
        String id = dev.truecoding.system.Ids.newId();
        jdbc.sql("INSERT INTO tally_runs (id, user_id, project_id, status, stage, progress, attempts) "
                        + "SELECT ?, user_id, id, 'ACTIVE', 'queued', 0, ? FROM projects WHERE id = ?")
                .params(id, attempts, projectId).update();
        return id;
    }

    String status(String runId) {
        return column(runId, "status");
    }

    String message(String runId) {
        return column(runId, "message");
    }

    String stage(String runId) {
        return column(runId, "stage");
    }

    int attempts(String runId) {
        return Integer.parseInt(column(runId, "attempts"));
    }

    /** How often the kind's stages were entered for the run (not counting runs the kernel gave up first). */
    int executions(String runId) {
        return executions.getOrDefault(runId, new AtomicInteger()).get();
    }

    void release() {
        released.countDown();
    }

    private String column(String runId, String column) {
        return jdbc.sql("SELECT " + column + " FROM tally_runs WHERE id = ?").param(runId).query(String.class).single();
    }
}
