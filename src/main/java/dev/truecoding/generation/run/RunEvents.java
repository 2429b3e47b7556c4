package dev.truecoding.generation.run;

import dev.truecoding.generation.GenerationEvent;
import dev.truecoding.generation.GenerationProgress;
import dev.truecoding.generation.GenerationStage;
import dev.truecoding.git.GitHost;
import dev.truecoding.system.EventSignal;
import org.springframework.stereotype.Component;

/** Stores a run's events and wakes the streams following it ({@link EventSignal}). */
@Component
public class RunEvents {

    private final GenerationRuns runs;
    private final EventSignal signal;

    RunEvents(GenerationRuns runs, EventSignal signal) {
        this.runs = runs;
        this.signal = signal;
    }

    /** The run's first event, written with the run itself. */
    public void queued(String runId, GitHost host) {
        progress(runId, new GenerationProgress(GenerationStage.CREATING_REPO, 0,
                "Queued: the app will be generated on " + host.displayName(), null));
    }

    void progress(String runId, GenerationProgress progress) {
        append(runId, GenerationEvent.PROGRESS, progress);
    }

    void failed(String runId, GenerationProgress progress) {
        append(runId, GenerationEvent.FAILED, progress);
    }

    private void append(String runId, String kind, GenerationProgress progress) {
        runs.append(runId, kind, progress);
        signal.signal();
    }
}
