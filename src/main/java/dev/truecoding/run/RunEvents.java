package dev.truecoding.run;

import dev.truecoding.system.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/**
 * The {@code run_events} table: what every run reported, in order, replayed to pages opened later and to streams
 * resuming with {@code Last-Event-ID}. Storing one wakes the streams on this instance ({@link EventSignal}).
 */
@Repository
public class RunEvents {

    private final JdbcClient jdbc;
    private final EventSignal signal;

    RunEvents(JdbcClient jdbc, EventSignal signal) {
        this.jdbc = jdbc;
        this.signal = signal;
    }

    /** The run's events after {@code afterId} (0 for all), in order. */
    public List<RunEvent> after(String runId, int afterId) {
        return jdbc.sql("SELECT * FROM run_events WHERE run_id = ? AND seq > ? ORDER BY seq")
                .params(runId, afterId)
                .query((rs, row) -> new RunEvent(rs.getInt("seq"), rs.getString("kind"),
                        new RunProgress(rs.getString("stage"), rs.getInt("progress"), rs.getString("message"),
                                rs.getString("details")),
                        Clock.instant(rs, "created_at")))
                .list();
    }

    /** Appends an event numbered after the last one. */
    void append(String runId, String projectId, String kind, RunProgress progress) {
        int next = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM run_events WHERE run_id = ?")
                .param(runId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO run_events (run_id, seq, project_id, kind, stage, progress, message, details, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(runId, next, projectId, kind, progress.stage(), progress.progress(), progress.message(),
                        progress.details(), Clock.nowUtc())
                .update();
        signal.signal();
    }
}
