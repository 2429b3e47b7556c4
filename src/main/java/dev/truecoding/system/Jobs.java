package dev.truecoding.system;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;

/**
 * Starts and cancels durable jobs (see {@code JobsConfiguration}). Called inside the transaction that records
 * the work, a job exists exactly when its record does; once that commits, the scheduler looks at once rather than
 * at its next poll.
 */
@Component
public class Jobs {

    private final Scheduler scheduler;

    Jobs(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public void start(TaskInstance<?> job) {
        scheduler.schedule(job, Instant.now());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    scheduler.triggerCheckForDueExecutions();
                }
            });
        } else {
            scheduler.triggerCheckForDueExecutions();
        }
    }

    /** Removes a job no instance has picked yet. */
    public void cancel(String taskName, String instanceId) {
        scheduler.cancel(TaskInstanceId.of(taskName, instanceId));
    }
}
