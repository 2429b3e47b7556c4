package dev.truecoding.conversation;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.system.Phrase;
import dev.truecoding.system.Phrases;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code POST /api/chat}: the seed's ChatRequest in, Server-Sent Events of ChatStreamEvent out. Each event is
 * named after its type and numbered. The reply is produced on a virtual thread; a client that goes away stops
 * receiving, but the reply is still completed and stored whole.
 */
@RestController
@Tag(name = "Chat", description = "Talk to the assistant in Discovery and Planning")
class ChatStreamController {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final ChatService chat;

    ChatStreamController(ChatService chat) {
        this.chat = chat;
    }

    @PostMapping(path = "/api/chat", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Send a message; the reply streams back as text, plan_ready, done or error events")
    SseEmitter chat(SignedInUser user, @Valid @RequestBody ChatRequest request, Locale locale) {
        ChatService.PreparedChat prepared = chat.prepare(user, request, locale);
        var emitter = new SseEmitter(TIMEOUT.toMillis());
        var stream = new EventStream(emitter);
        emitter.onCompletion(stream::close);
        emitter.onTimeout(stream::close);
        emitter.onError(error -> stream.close());
        Thread.ofVirtual().name("chat-heartbeat-" + prepared.conversationId()).start(stream::heartbeat);
        Thread.ofVirtual().name("chat-" + prepared.conversationId()).start(() -> {
            try {
                chat.answer(prepared, stream::send);
            } finally {
                stream.finish();
            }
        });
        return emitter;
    }

    @ExceptionHandler(TooManyMessagesException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyMessagesException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                        Phrases.say(Phrase.of("chat.error.tooMany", e.retryAfterSeconds()), locale)));
    }

    /** One writer at a time per emitter; sends after the client left are dropped quietly. */
    private static final class EventStream {

        private final SseEmitter emitter;
        private final AtomicLong ids = new AtomicLong();
        private final AtomicBoolean open = new AtomicBoolean(true);

        EventStream(SseEmitter emitter) {
            this.emitter = emitter;
        }

        synchronized void send(ChatStreamEvent event) {
            if (!open.get()) {
                return;
            }
            try {
                emitter.send(SseEmitter.event().id(String.valueOf(ids.incrementAndGet())).name(event.type().eventName())
                        .data(event, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException clientGone) {
                open.set(false);
            }
        }

        void heartbeat() {
            while (open.get()) {
                try {
                    Thread.sleep(HEARTBEAT);
                } catch (InterruptedException e) {
                    return;
                }
                synchronized (this) {
                    if (!open.get()) {
                        return;
                    }
                    try {
                        emitter.send(SseEmitter.event().comment("keep-alive"));
                    } catch (IOException | IllegalStateException clientGone) {
                        open.set(false);
                    }
                }
            }
        }

        synchronized void finish() {
            if (open.getAndSet(false)) {
                emitter.complete();
            }
        }

        void close() {
            open.set(false);
        }
    }
}
