package dev.truecoding.deploy.run;

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
 * Deployments as durable jobs, like generation runs: one job per deployment, named by its id (its data: the
 * Vercel environment values, encrypted, gone with the job), and a sweeper.
 */
@Configuration(proxyBeanMethods = false)
class DeployJobs {

    static final String RUN_TASK = "deploy-run";
    static final String SWEEP_TASK = "deploy-sweep";

    @Bean
    OneTimeTask<String> deployRunTask(@Lazy DeployPipeline pipeline) {
        return Tasks.oneTime(RUN_TASK, String.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(3,
                        new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(30))))
                .onDeadExecutionRevive()
                .execute((instance, context) -> pipeline.run(instance.getId(), instance.getData()));
    }

    @Bean
    RecurringTask<Void> deploySweepTask(@Lazy DeployPipeline pipeline) {
        return Tasks.recurring(SWEEP_TASK, FixedDelay.of(Duration.ofMinutes(2)))
                .execute((instance, context) -> pipeline.failOrphans(RUN_TASK));
    }
}
