package dev.truecoding.run;

import dev.truecoding.system.Phrase;

/**
 * A run as its stages see it while it executes: who and what it is for, and the way to report progress, log
 * lines and its end. It remembers the stage reached, for the event of a failure.
 */
public final class Run<S extends Enum<S> & RunStage> {

    private final RunKind<S> kind;
    private final RunRecord record;
    private final int attempt;
    private final String data;
    private final DurableRuns runs;
    private S stage;
    private int progress;

    Run(RunKind<S> kind, RunRecord record, int attempt, String data, DurableRuns runs) {
        this.kind = kind;
        this.record = record;
        this.attempt = attempt;
        this.data = data;
        this.runs = runs;
        this.stage = RunKinds.stage(kind, record.stage());
        this.progress = record.progress();
    }

    public String id() {
        return record.id();
    }

    public String userId() {
        return record.userId();
    }

    public String projectId() {
        return record.projectId();
    }

    /** 1 for the first start of the run's job, more after True Coding restarted during it. */
    public int attempt() {
        return attempt;
    }

    /** What the run's job was started with (the kind's own, e.g. encrypted values), or null. */
    public String data() {
        return data;
    }

    public S stage() {
        return stage;
    }

    int progress() {
        return progress;
    }

    RunKind<S> kind() {
        return kind;
    }

    RunRecord record() {
        return record;
    }

    /** A progress event: {@code stage} is {@code fraction} (0–1) done. */
    public void report(S stage, double fraction, String message, String details) {
        report(stage, fraction, message, null, details);
    }

    /** As above, said as {@code message} in each reader's language (stored as its key and arguments). */
    public void report(S stage, double fraction, Phrase message, String details) {
        report(stage, fraction, message.english(), message, details);
    }

    void report(S stage, double fraction, String message, Phrase phrase, String details) {
        this.stage = stage;
        this.progress = stage.progressAt(fraction);
        runs.progress(this, new RunProgress(stage.wireName(), progress, message, details), phrase);
    }

    /** Lines of a build's log, stored as one event of kind {@code log}. */
    public void log(S stage, String lines) {
        runs.append(this, RunEvent.LOG, new RunProgress(stage.wireName(), progress, lines, null), null);
    }

    /** Ends the run as succeeded, its last event at {@code stage} (one that {@link RunStage#ends()}). */
    public void succeed(S stage, String message, String details) {
        runs.end(this, RunEnded.Outcome.SUCCEEDED, stage, message, null, details);
    }

    public void succeed(S stage, Phrase message, String details) {
        runs.end(this, RunEnded.Outcome.SUCCEEDED, stage, message.english(), message, details);
    }

    /** Ends the run as failed with a message for the person and details to read (a log excerpt), or null. */
    public void fail(String message, String details) {
        runs.end(this, RunEnded.Outcome.FAILED, null, message, null, details);
    }

    public void fail(Phrase message, String details) {
        runs.end(this, RunEnded.Outcome.FAILED, null, message.english(), message, details);
    }

    public void cancel(String message) {
        runs.end(this, RunEnded.Outcome.CANCELED, null, message, null, null);
    }

    public void cancel(Phrase message) {
        runs.end(this, RunEnded.Outcome.CANCELED, null, message.english(), message, null);
    }
}
