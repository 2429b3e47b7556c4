package dev.truecoding.generation.run;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.time.Duration;

/**
 * Generation runs as durable jobs (see {@code system.JobsConfiguration}): one job per run, named by the run's id.
 * A job whose instance died is revived and the run starts over; a job that keeps throwing is retried a few
 * times and then dropped, and the sweeper ends its run with a message.
 */
@Configuration(proxyBeanMethods = false)
class GenerationJobs {

    static final String RUN_TASK = "generation-run";
    static final String SWEEP_TASK = "generation-sweep";

    @Bean
    OneTimeTask<Void> generationRunTask(@Lazy GenerationPipeline pipeline) {
        return Tasks.oneTime(RUN_TASK)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(3,
                        new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(30))))
                .onDeadExecutionRevive()
                .execute((instance, context) -> pipeline.run(instance.getId()));
    }

    @Bean
    RecurringTask<Void> generationSweepTask(@Lazy GenerationPipeline pipeline) {
        return Tasks.recurring(SWEEP_TASK, FixedDelay.of(Duration.ofMinutes(2)))
                .execute((instance, context) -> pipeline.failOrphans(RUN_TASK));
    }
}
