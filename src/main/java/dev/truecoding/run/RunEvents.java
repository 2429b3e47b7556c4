package dev.truecoding.run;

import dev.truecoding.system.Clock;
import dev.truecoding.system.Phrase;
import dev.truecoding.system.Phrases;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Locale;

/**
 * The {@code run_events} table: what every run reported, in order, replayed to pages opened later and to streams
 * resuming with {@code Last-Event-ID}. Storing one wakes the streams on this instance ({@link EventSignal}).
 * An event said as a {@link Phrase} keeps it (V23) next to its English text, and is read back in the reader's
 * language; events stored before, or as plain text, read as they were stored.
 */
@Repository
public class RunEvents {

    private final JdbcClient jdbc;
    private final EventSignal signal;
    private final MessageSource messages;
    private final JsonMapper json;

    RunEvents(JdbcClient jdbc, EventSignal signal, MessageSource messages, JsonMapper json) {
        this.jdbc = jdbc;
        this.signal = signal;
        this.messages = messages;
        this.json = json;
    }

    /**
     * The run's events after {@code afterId} (0 for all), in order, in the current request's language (English
     * outside a request, as for the background work that reads them).
     */
    public List<RunEvent> after(String runId, int afterId) {
        return after(runId, afterId, readerLocale());
    }

    /** As above, the messages in {@code locale}. */
    public List<RunEvent> after(String runId, int afterId, Locale locale) {
        return jdbc.sql("SELECT * FROM run_events WHERE run_id = ? AND seq > ? ORDER BY seq")
                .params(runId, afterId)
                .query((rs, row) -> {
                    Phrase phrase = phrase(rs.getString("phrase"));
                    String stored = rs.getString("message");
                    return new RunEvent(rs.getInt("seq"), rs.getString("kind"),
                            new RunProgress(rs.getString("stage"), rs.getInt("progress"), say(phrase, stored, locale),
                                    rs.getString("details")),
                            Clock.instant(rs, "created_at"), phrase);
                })
                .list();
    }

    /** The language of the request being answered; English when there is none. */
    static Locale readerLocale() {
        return LocaleContextHolder.getLocaleContext() == null || LocaleContextHolder.getLocaleContext().getLocale() == null
                ? Locale.ENGLISH : LocaleContextHolder.getLocale();
    }

    /** Appends an event numbered after the last one; {@code phrase} (or null) is what its English message says. */
    void append(String runId, String projectId, String kind, RunProgress progress, Phrase phrase) {
        int next = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM run_events WHERE run_id = ?")
                .param(runId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO run_events (run_id, seq, project_id, kind, stage, progress, message, details, phrase, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(runId, next, projectId, kind, progress.stage(), progress.progress(), progress.message(),
                        progress.details(), phrase == null ? null : json.writeValueAsString(phrase), Clock.nowUtc())
                .update();
        signal.signal();
    }

    private String say(Phrase phrase, String stored, Locale locale) {
        if (phrase == null) {
            return stored;
        }
        String said = Phrases.format(messages, phrase, locale);
        return said.equals(phrase.key()) ? stored : said; // a key this version's bundles no longer have
    }

    private Phrase phrase(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, Phrase.class);
        } catch (RuntimeException unreadable) {
            return null; // the English message still says it
        }
    }
}
