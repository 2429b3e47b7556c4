package dev.truecoding.run;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Server-Sent Events replayed from stored events: every event after the one the client last saw (its
 * {@code Last-Event-ID}), then new ones as they are stored, until the last one. A client that drops and comes
 * back misses nothing; the work producing the events goes on without it either way.
 */
final class ReplayStream {

    private static final Duration TIMEOUT = Duration.ofMinutes(60);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    /** One stored event: its number, the SSE event name, the JSON data, and whether nothing comes after it. */
    record Event(int id, String name, Object data, boolean last) {
    }

    /** Where the events are read. */
    interface Feed {
        List<Event> after(int id);

        /** True once no more events will be stored (the work ended, or its record is gone). */
        boolean ended();
    }

    private ReplayStream() {
    }

    /** Where a stream resumes: after the client's {@code Last-Event-ID} header or an {@code after} parameter. */
    static int resumeAfter(String lastEventId, int after) {
        int fromHeader = lastEventId != null && lastEventId.strip().matches("\\d{1,9}") ? Integer.parseInt(lastEventId.strip()) : 0;
        return Math.max(Math.max(0, after), fromHeader);
    }

    /** Whether a client asked for JSON and not for a stream (the starting endpoints then answer 202 with JSON). */
    static boolean wantsJsonOnly(String accept) {
        return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)
                && !accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE);
    }

    static SseEmitter follow(String name, Feed feed, int afterId, EventSignal signal) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Thread.ofVirtual().name(name).start(() -> pump(emitter, feed, afterId, signal));
        return emitter;
    }

    private static void pump(SseEmitter emitter, Feed feed, int afterId, EventSignal signal) {
        int last = afterId;
        long lastWrite = System.nanoTime();
        try {
            while (true) {
                List<Event> batch = feed.after(last);
                for (Event event : batch) {
                    emitter.send(SseEmitter.event().id(String.valueOf(event.id())).name(event.name())
                            .data(event.data(), MediaType.APPLICATION_JSON));
                    last = event.id();
                    lastWrite = System.nanoTime();
                    if (event.last()) {
                        emitter.complete();
                        return;
                    }
                }
                if (batch.isEmpty()) {
                    // Ended work stores its last event in the same transaction, so none can follow a check here.
                    if (feed.ended() && feed.after(last).isEmpty()) {
                        emitter.complete();
                        return;
                    }
                    if (System.nanoTime() - lastWrite > HEARTBEAT.toNanos()) {
                        emitter.send(SseEmitter.event().comment("keep-alive"));
                        lastWrite = System.nanoTime();
                    }
                    signal.await(POLL);
                }
            }
        } catch (IOException | IllegalStateException clientGone) {
            // The client left; the work is unaffected and its events stay stored for the next visit.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            emitter.complete();
        }
    }
}
