package dev.truecoding.generation.run;

import dev.truecoding.generation.GenerationEvent;
import dev.truecoding.generation.GenerationRun;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Follows a run as Server-Sent Events: every stored event after the one the client last saw (its
 * {@code Last-Event-ID}), then the new ones as they are stored, until the run's final event. A client that
 * drops and comes back misses nothing; the run goes on without it either way.
 */
@Component
class RunEventStreams {

    private static final Duration TIMEOUT = Duration.ofMinutes(60);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final GenerationRuns runs;
    private final RunEvents events;

    RunEventStreams(GenerationRuns runs, RunEvents events) {
        this.runs = runs;
        this.events = events;
    }

    SseEmitter follow(String userId, String runId, int afterId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Thread.ofVirtual().name("generation-stream-" + runId).start(() -> pump(emitter, userId, runId, afterId));
        return emitter;
    }

    private void pump(SseEmitter emitter, String userId, String runId, int afterId) {
        int last = afterId;
        long lastWrite = System.nanoTime();
        try {
            while (true) {
                List<GenerationEvent> batch = runs.eventsAfter(runId, last);
                for (GenerationEvent event : batch) {
                    emitter.send(SseEmitter.event().id(String.valueOf(event.id())).name(event.kind())
                            .data(event.progress(), MediaType.APPLICATION_JSON));
                    last = event.id();
                    lastWrite = System.nanoTime();
                    if (event.isFinal()) {
                        emitter.complete();
                        return;
                    }
                }
                if (batch.isEmpty()) {
                    Optional<GenerationRun> run = runs.find(userId, runId);
                    if (run.isEmpty() || !run.get().running() && runs.eventsAfter(runId, last).isEmpty()) {
                        emitter.complete();
                        return;
                    }
                    if (System.nanoTime() - lastWrite > HEARTBEAT.toNanos()) {
                        emitter.send(SseEmitter.event().comment("keep-alive"));
                        lastWrite = System.nanoTime();
                    }
                    events.await(POLL);
                }
            }
        } catch (IOException | IllegalStateException clientGone) {
            // The client left; the run is unaffected and its events stay stored for the next visit.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            emitter.complete();
        }
    }
}
