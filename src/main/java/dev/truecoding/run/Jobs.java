package dev.truecoding.run;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.util.Map;

/**
 * Starts and cancels runs' jobs (see {@link RunJobs}). Called inside the transaction that records the run, a
 * job exists exactly when its run does; once that commits, the scheduler looks at once rather than at its next
 * poll.
 */
@Component
class Jobs {

    private final Scheduler scheduler;
    private final Map<RunType, OneTimeTask<String>> tasks;

    Jobs(Scheduler scheduler, RunTasks tasks) {
        this.scheduler = scheduler;
        this.tasks = tasks.byType();
    }

    void start(RunType type, String runId, String data) {
        scheduler.schedule(tasks.get(type).instance(runId, data), Instant.now());
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
    void cancel(RunType type, String runId) {
        scheduler.cancel(TaskInstanceId.of(type.jobName(), runId));
    }
}
