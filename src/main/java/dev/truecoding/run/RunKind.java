package dev.truecoding.run;

import dev.truecoding.system.Phrase;

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
     * How the kernel's own endings of this kind of run are said: the keys {@code run.<key>.interrupted} (given up
     * after being interrupted {0} times: what state things are in, what to do), {@code run.<key>.unfinished} (it
     * stopped without finishing) and {@code run.<key>.stopped} (a stage threw; {0} is why) of the page bundles, so
     * each reader has them in their language. Whole sentences per kind, since languages agree words with the run's
     * name ("A mudança foi interrompida", "O build foi…").
     */
    record Wording(String key) {

        Phrase interrupted(int times) {
            return Phrase.of("run." + key + ".interrupted", times);
        }

        Phrase unfinished() {
            return Phrase.of("run." + key + ".unfinished");
        }

        Phrase stopped(String why) {
            return Phrase.of("run." + key + ".stopped", why);
        }
    }
}
