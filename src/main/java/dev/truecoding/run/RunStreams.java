package dev.truecoding.run;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A run followed as Server-Sent Events, replayed from its stored events (see {@link ReplayStream}): named as
 * each event's kind, numbered as its id, ending with the run's last event. Also the two answers every kind of
 * run gives the same way: to the request that started it, and to following its events.
 */
@Component
public class RunStreams {

    private final RunKinds kinds;
    private final RunEvents events;
    private final EventSignal signal;

    RunStreams(RunKinds kinds, RunEvents events, EventSignal signal) {
        this.kinds = kinds;
        this.events = events;
        this.signal = signal;
    }

    /**
     * Follows the run from after {@code afterId}, its messages in the language of the request asking (the stream
     * is written from another thread, which has no request). The caller checked the run is the person's.
     *
     * @param data what each event's SSE data is (the feature's wire shape of it)
     */
    public SseEmitter follow(RunType type, String runId, int afterId, Function<RunEvent, Object> data) {
        RunKind<?> kind = kinds.get(type);
        Locale locale = RunEvents.readerLocale();
        return ReplayStream.follow("run-stream-" + runId, new ReplayStream.Feed() {
            @Override
            public List<ReplayStream.Event> after(int id) {
                return events.after(runId, id, locale).stream()
                        .map(event -> new ReplayStream.Event(event.id(), event.kind(), data.apply(event),
                                RunKinds.isLast(kind, event)))
                        .toList();
            }

            @Override
            public boolean ended() {
                return kind.record(runId).map(record -> !record.active()).orElse(true);
            }
        }, afterId, signal);
    }

    /**
     * The answer to a request that started a run: 202 with the run as JSON when the client asked for JSON only,
     * else its events as they come (the run's id also in {@code idHeader}). Both say where the run is.
     */
    public ResponseEntity<?> started(RunType type, String runId, Object run, String location, String idHeader, String accept,
                                     Function<RunEvent, Object> data) {
        return started(type, runId, run, location, idHeader, accept, 0, data);
    }

    /** As above, streaming the events after {@code after}: a run started again under the same id (a retry). */
    public ResponseEntity<?> started(RunType type, String runId, Object run, String location, String idHeader, String accept,
                                     int after, Function<RunEvent, Object> data) {
        if (ReplayStream.wantsJsonOnly(accept)) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(location)).body(run);
        }
        return ResponseEntity.ok().location(URI.create(location)).header(idHeader, runId)
                .contentType(MediaType.TEXT_EVENT_STREAM).body(follow(type, runId, after, data));
    }

    /** The answer to following a run: its events after the client's {@code Last-Event-ID} (or {@code after}). */
    public ResponseEntity<SseEmitter> resume(RunType type, String runId, String lastEventId, int after,
                                             Function<RunEvent, Object> data) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM)
                .body(follow(type, runId, ReplayStream.resumeAfter(lastEventId, after), data));
    }
}
