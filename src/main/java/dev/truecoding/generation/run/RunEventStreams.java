package dev.truecoding.generation.run;

import dev.truecoding.system.EventSignal;
import dev.truecoding.system.ReplayStream;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;

/** A run followed as Server-Sent Events, replayed from its stored events (see {@link ReplayStream}). */
@Component
class RunEventStreams {

    private final GenerationRuns runs;
    private final EventSignal signal;

    RunEventStreams(GenerationRuns runs, EventSignal signal) {
        this.runs = runs;
        this.signal = signal;
    }

    SseEmitter follow(String userId, String runId, int afterId) {
        return ReplayStream.follow("generation-stream-" + runId, new ReplayStream.Feed() {
            @Override
            public List<ReplayStream.Event> after(int id) {
                return runs.eventsAfter(runId, id).stream()
                        .map(event -> new ReplayStream.Event(event.id(), event.kind(), event.progress(), event.isFinal()))
                        .toList();
            }

            @Override
            public boolean ended() {
                return runs.find(userId, runId).map(run -> !run.running()).orElse(true);
            }
        }, afterId, signal);
    }
}
