package dev.truecoding.run;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.truecoding.system.DatabaseUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs as db-scheduler jobs: a job is a row in {@code scheduled_tasks}, written in the same transaction as the
 * run it stands for (the data source is transaction-aware), picked by exactly one instance, and kept alive by
 * that instance's heartbeat. When an instance dies mid-run its heartbeat stops; after {@code missed-heartbeats}
 * beats another instance (or the same one restarted) revives the job and the run starts over. One job type per
 * {@link RunType}, named by the run's id; a job that keeps throwing is retried a few times and then dropped,
 * and the sweep (every two minutes) ends its run with a message.
 */
@Configuration(proxyBeanMethods = false)
class RunJobs {

    static final String SWEEP_TASK = "run-sweep";

    @Bean
    RunTasks runTasks(@Lazy DurableRuns runs) {
        Map<RunType, OneTimeTask<String>> tasks = new EnumMap<>(RunType.class);
        for (RunType type : RunType.values()) {
            tasks.put(type, Tasks.oneTime(type.jobName(), String.class)
                    .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(3,
                            new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(30))))
                    .onDeadExecutionRevive()
                    .execute((instance, context) -> runs.execute(type, instance.getId(), instance.getData())));
        }
        return new RunTasks(tasks);
    }

    @Bean
    RecurringTask<Void> runSweepTask(@Lazy DurableRuns runs) {
        return Tasks.recurring(SWEEP_TASK, FixedDelay.of(Duration.ofMinutes(2)))
                .execute((instance, context) -> runs.sweep());
    }

    /** Stopped (running jobs given {@code shutdownMaxWait} to finish) when the application context closes. */
    @Bean(destroyMethod = "stop")
    Scheduler jobScheduler(DataSource dataSource, DatabaseUrl databaseUrl, RunTasks runTasks, List<RecurringTask<?>> recurring,
                           @Value("${truecoding.jobs.threads:4}") int threads,
                           @Value("${truecoding.jobs.polling-interval:2s}") Duration pollingInterval,
                           @Value("${truecoding.jobs.heartbeat:5s}") Duration heartbeat,
                           @Value("${truecoding.jobs.missed-heartbeats:6}") int missedHeartbeats) {
        List<Task<?>> oneTime = new ArrayList<>(runTasks.byType().values());
        var builder = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime);
        if (!databaseUrl.isPostgres()) {
            // H2 has no customization of its own; our columns keep the zone, which the default handles as is.
            builder.jdbcCustomization(new DefaultJdbcCustomization(false));
        }
        return builder
                .startTasks(recurring)
                .schedulerName(new SchedulerName.Fixed(instanceName()))
                .threads(threads)
                .pollingInterval(pollingInterval)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(missedHeartbeats)
                .shutdownMaxWait(Duration.ofSeconds(10))
                .enableImmediateExecution()
                .build();
    }

    /**
     * Picks jobs while the context runs: started once, then paused and resumed when the context is stopped and
     * started again (a cached test context is paused between uses); a db-scheduler cannot be started twice.
     */
    @Bean
    SmartLifecycle jobSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean started;
            private volatile boolean running;

            @Override
            public void start() {
                if (started) {
                    scheduler.resume();
                } else {
                    scheduler.start();
                    started = true;
                }
                running = true;
            }

            @Override
            public void stop() {
                scheduler.pause();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }

    /** Host plus a random part: two instances on one host (or a restart) are told apart in {@code picked_by}. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
