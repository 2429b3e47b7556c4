package dev.truecoding.run;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The lifecycle's reads and writes on any kind's table: counting a job's starts, and runs whose job is gone. */
@Repository
class RunTables {

    private final JdbcClient jdbc;

    RunTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one more start of the run's job and returns how many there have been. */
    int countAttempt(RunTable table, String runId) {
        jdbc.sql("UPDATE " + table.name() + " SET attempts = attempts + 1 WHERE id = ?").param(runId).update();
        return jdbc.sql("SELECT attempts FROM " + table.name() + " WHERE id = ?").param(runId).query(Integer.class).single();
    }

    /** Active runs with no job row named {@code jobName}: nothing will finish them. */
    List<String> orphaned(RunTable table, String jobName) {
        return jdbc.sql("SELECT r.id FROM " + table.name() + " r WHERE (" + table.activeCondition() + ")"
                        + " AND NOT EXISTS (SELECT 1 FROM scheduled_tasks t WHERE t.task_name = ? AND t.task_instance = r.id)")
                .param(jobName).query(String.class).list();
    }
}
