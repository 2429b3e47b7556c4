package dev.truecoding.run;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;
import java.util.function.Function;

/**
 * A run followed as Server-Sent Events, replayed from its stored events (see {@link ReplayStream}): named as
 * each event's kind, numbered as its id, ending with the run's last event.
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
     * Follows the run from after {@code afterId}. The caller checked the run is the person's.
     *
     * @param data what each event's SSE data is (the feature's wire shape of it)
     */
    public SseEmitter follow(RunType type, String runId, int afterId, Function<RunEvent, Object> data) {
        RunKind<?> kind = kinds.get(type);
        return ReplayStream.follow("run-stream-" + runId, new ReplayStream.Feed() {
            @Override
            public List<ReplayStream.Event> after(int id) {
                return events.after(runId, id).stream()
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
}
