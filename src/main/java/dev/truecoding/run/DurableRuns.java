package dev.truecoding.run;

import dev.truecoding.system.Phrase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.util.Optional;

/**
 * The lifecycle of every durable run. {@link #start} stores a run's first event and schedules its job in the
 * caller's transaction (so a run exists exactly when its job does). Its job executes the kind's stages; a job
 * revived after its instance died (kill -9, crash) starts the run over, and after {@link #MAX_ATTEMPTS}
 * starts the run is given up with a message. A run's end, its last event and {@link RunEnded} are one
 * transaction, and happen once; {@link #sweep} ends runs whose job is gone, so none stays running forever.
 */
@Service
public class DurableRuns {

    /** A run whose job was started this many times without finishing is given up. */
    public static final int MAX_ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(DurableRuns.class);

    private final RunKinds kinds;
    private final RunTables tables;
    private final RunEvents events;
    private final Jobs jobs;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;

    DurableRuns(RunKinds kinds, RunTables tables, RunEvents events, Jobs jobs, TransactionTemplate transactions,
                ApplicationEventPublisher publisher) {
        this.kinds = kinds;
        this.tables = tables;
        this.events = events;
        this.jobs = jobs;
        this.transactions = transactions;
        this.publisher = publisher;
    }

    /**
     * Stores the run's first event and schedules its job, in the caller's transaction; the caller has inserted
     * the run's row in it. {@code data} goes with the job (and is gone with it), or null.
     */
    public void start(RunType type, String runId, String projectId, RunProgress queued, String data) {
        events.append(runId, projectId, RunEvent.PROGRESS, queued, null);
        jobs.start(type, runId, data);
    }

    /** As above, the first event at {@code stage} said as {@code queued} in each reader's language. */
    public void start(RunType type, String runId, String projectId, String stage, Phrase queued, String data) {
        events.append(runId, projectId, RunEvent.PROGRESS, new RunProgress(stage, 0, queued.english(), null), queued);
        jobs.start(type, runId, data);
    }

    /** Ends a run whose job no instance has picked yet: the job removed, the run ended as canceled. */
    public void cancelQueued(RunType type, String runId, String message) {
        jobs.cancel(type, runId);
        RunKind<?> kind = kinds.get(type);
        kind.record(runId).filter(RunRecord::active).ifPresent(record -> end(handle(kind, record, 0, null),
                RunEnded.Outcome.CANCELED, null, message, null, null));
    }

    /** Ends the runs of every kind whose job is gone (failed past its retries, or removed). */
    public void sweep() {
        for (RunKind<?> kind : kinds.all()) {
            for (String runId : tables.orphaned(kind.descriptor().table(), kind.descriptor().type().jobName())) {
                kind.record(runId).filter(RunRecord::active).ifPresent(record -> {
                    handle(kind, record, 0, null).fail(stoppedWithoutFinishing(kind), null);
                });
            }
        }
    }

    /** What a run's job does when an instance picks it. */
    void execute(RunType type, String runId, String data) {
        RunKind<?> kind = kinds.get(type);
        Optional<RunRecord> found = kind.record(runId);
        if (found.isEmpty() || !found.get().active()) {
            return; // ended (with its last event and RunEnded, in one transaction), or deleted with its project
        }
        int attempt = tables.countAttempt(kind.descriptor().table(), runId);
        execute(handle(kind, found.get(), attempt, data));
    }

    private <S extends Enum<S> & RunStage> void execute(Run<S> run) {
        RunKind.Wording wording = run.kind().descriptor().wording();
        if (run.attempt() > MAX_ATTEMPTS) {
            run.fail(wording.interrupted(run.attempt() - 1), null);
            return;
        }
        if (run.attempt() > 1) {
            run.report(run.stage(), 0, Phrase.of("progress.run.resuming", run.attempt(), MAX_ATTEMPTS), null);
        }
        try {
            run.kind().execute(run);
            if (run.kind().record(run.id()).filter(RunRecord::active).isPresent()) {
                run.fail(stoppedWithoutFinishing(run.kind()), null); // the stages returned without an end
            }
        } catch (StageFailure failure) {
            if (failure.phrase() != null) {
                run.fail(failure.phrase(), failure.details());
            } else {
                run.fail(failure.getMessage(), failure.details());
            }
        } catch (RuntimeException | IOException e) {
            log.warn("{} run {} failed at {}: {}", run.kind().descriptor().type(), run.id(), run.stage().wireName(), e.toString());
            log.debug("{} run {} failure", run.kind().descriptor().type(), run.id(), e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            run.fail(wording.stopped(message), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // Shutting down: the job stays picked, and is revived once this instance's heartbeat is missed.
            throw new IllegalStateException(run.kind().descriptor().type() + " run " + run.id() + " interrupted by shutdown", e);
        }
    }

    private static Phrase stoppedWithoutFinishing(RunKind<?> kind) {
        return kind.descriptor().wording().unfinished();
    }

    <S extends Enum<S> & RunStage> void progress(Run<S> run, RunProgress progress, Phrase phrase) {
        append(run, RunEvent.PROGRESS, progress, phrase);
        run.kind().moved(run.id(), progress);
    }

    void append(Run<?> run, String kind, RunProgress progress, Phrase phrase) {
        events.append(run.id(), run.projectId(), kind, progress, phrase);
    }

    /** The end, its last event and {@link RunEnded}, in one transaction; nothing when the run had already ended. */
    <S extends Enum<S> & RunStage> void end(Run<S> run, RunEnded.Outcome outcome, S stage, String message, Phrase phrase,
                                            String details) {
        RunKind<S> kind = run.kind();
        transactions.executeWithoutResult(status -> {
            if (!kind.end(run.id(), outcome, message, details)) {
                return;
            }
            if (outcome == RunEnded.Outcome.SUCCEEDED) {
                run.report(stage, 1, message, phrase, details);
            } else {
                S errorStage = kind.descriptor().errorStage();
                if (errorStage != null) {
                    run.report(errorStage, 1, message, phrase, details);
                } else {
                    append(run, RunEvent.FAILED, new RunProgress(run.stage().wireName(), run.progress(), message, details),
                            phrase);
                }
            }
            publisher.publishEvent(new RunEnded(kind.descriptor().type(), run.id(), run.userId(), run.projectId(), outcome,
                    kind.partOf(run.id())));
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Run<?> handle(RunKind<?> kind, RunRecord record, int attempt, String data) {
        return new Run((RunKind) kind, record, attempt, data, this);
    }
}
