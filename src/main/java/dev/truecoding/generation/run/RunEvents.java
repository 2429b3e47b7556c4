package dev.truecoding.generation.run;

import dev.truecoding.generation.GenerationEvent;
import dev.truecoding.generation.GenerationProgress;
import dev.truecoding.generation.GenerationStage;
import dev.truecoding.git.GitHost;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stores a run's events and wakes the streams following runs on this instance. The database stays the truth:
 * a stream re-reads it after each wake-up (or after a short wait, for runs another instance is executing).
 */
@Component
public class RunEvents {

    private final GenerationRuns runs;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition appended = lock.newCondition();

    RunEvents(GenerationRuns runs) {
        this.runs = runs;
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
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    private void wake() {
        lock.lock();
        try {
            appended.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until an event is appended on this instance, or {@code timeout} passes. */
    void await(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            appended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            lock.unlock();
        }
    }
}
