package dev.truecoding.run;

import java.io.IOException;
import java.util.Optional;

/**
 * One kind of durable run, as a feature plugs it into the kernel: its {@link Descriptor} (type, stages, table,
 * wording), the two things the lifecycle needs of it (a run's record, recording its end), and the work of its
 * stages ({@link #execute}). Everything else (attempts, resuming, giving up, the orphan sweep, storing and
 * streaming events, ending once) is the kernel's.
 */
public interface RunKind<S extends Enum<S> & RunStage> {

    /** What the kernel knows of this kind without asking it about a run: a constant of the feature. */
    Descriptor<S> descriptor();

    /** The run, or empty when it is gone (deleted with its project). */
    Optional<RunRecord> record(String runId);

    /**
     * Records the run's end in its table (and what goes with it); false when it had already ended, and then
     * nothing else happens. Called in the transaction that also stores the last event and publishes
     * {@link RunEnded}.
     */
    boolean end(String runId, RunEnded.Outcome outcome, String message, String details);

    /** The work, stage by stage. Each stage must be safe to run again: a revived run starts over. */
    void execute(Run<S> run) throws IOException, InterruptedException;

    /** After each progress event; a kind that shows its stage on its row keeps it there. */
    default void moved(String runId, RunProgress progress) {
    }

    /**
     * The run this one is a stage of (a change's deployment), carried by its {@link RunEnded#partOf}; null (the
     * default) for a run of its own.
     */
    default String partOf(String runId) {
        return null;
    }

    /**
     * @param type       which kind it is (its job's name, the type its {@link RunEnded} carries)
     * @param stages     its stage enum
     * @param table      where its runs are kept, for counting their jobs' starts and finding runs whose job is gone
     * @param wording    how the kernel's own messages speak of this run
     * @param errorStage the stage a failed or canceled run's last event is at; null for a {@code failed} event at
     *                   the stage the run reached
     */
    record Descriptor<S extends Enum<S> & RunStage>(RunType type, Class<S> stages, RunTable table, Wording wording,
                                                    S errorStage) {

        /** A kind whose failures are told at the stage they stopped at. */
        public Descriptor(RunType type, Class<S> stages, RunTable table, Wording wording) {
            this(type, stages, table, wording, null);
        }
    }

    /**
     * @param subject  how a message names the run ("The run", "The deployment")
     * @param givenUp  what the person reads after it was given up (what state things are in, what to do)
     * @param retry    what to do when it stopped without finishing
     * @param stopped  the start of the message when a stage threw ("Generation stopped")
     */
    record Wording(String subject, String givenUp, String retry, String stopped) {
    }
}
