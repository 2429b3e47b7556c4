package dev.truecoding.run;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import java.util.Map;

/** The db-scheduler job type of each kind of run: what any scheduler sharing the database needs to run them. */
public record RunTasks(Map<RunType, OneTimeTask<String>> byType) {
}
