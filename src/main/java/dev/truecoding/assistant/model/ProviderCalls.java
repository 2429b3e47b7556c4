package dev.truecoding.assistant.model;

import dev.truecoding.assistant.AssistantReply.Usage;
import dev.truecoding.assistant.AssistantUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * One streamed call to the model, retried with backoff while nothing has arrived yet. Once text has arrived a
 * retry would repeat it (the person has seen it), so a failure then ends the call, unless nobody watches the
 * answer arrive ({@link #whole}). Every call streams, even when the caller only wants the whole text: a long
 * non-streamed answer risks the providers' request timeouts.
 */
final class ProviderCalls {

    private static final Logger log = LoggerFactory.getLogger(ProviderCalls.class);

    /** Waits between attempts; tests replace it to record the waits instead of sleeping. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final ChatModel model;
    private final ProviderProfile profile;
    private final FailureClassifier classifier;
    private final RetryPolicy retry;
    private final Sleeper sleeper;

    ProviderCalls(ChatModel model, ProviderProfile profile, FailureClassifier classifier, RetryPolicy retry, Sleeper sleeper) {
        this.model = model;
        this.profile = profile;
        this.classifier = classifier;
        this.retry = retry;
        this.sleeper = sleeper;
    }

    /**
     * Streams the answer's text to {@code chunks} as it arrives.
     *
     * @return the tokens used, as reported by the provider or estimated when it reported none
     * @throws AssistantUnavailableException when the provider fails after the retries, or after text arrived
     */
    Usage stream(Prompt prompt, Consumer<String> chunks) {
        return call(prompt, chunks, false).usage(prompt);
    }

    /** The answer's whole text and usage, for the plan (which the person does not watch being written). */
    Answer collect(Prompt prompt) {
        var text = new StringBuilder();
        Usage usage = stream(prompt, text::append);
        return new Answer(text.toString(), usage);
    }

    /**
     * The answer's whole text, when nothing of it is shown or kept until it is complete (code): a stream that
     * breaks midway is asked for again, like one that never started, since nobody has seen its first half.
     */
    Answer whole(Prompt prompt) {
        Received received = call(prompt, chunk -> { }, true);
        return new Answer(received.text.toString(), received.usage(prompt));
    }

    /** @return what the successful attempt received */
    private Received call(Prompt prompt, Consumer<String> chunks, boolean restartable) {
        for (int attempt = 1; ; attempt++) {
            var received = new Received();
            try {
                model.stream(prompt).doOnNext(response -> received.add(response, chunks)).blockLast();
                return received;
            } catch (RuntimeException e) {
                ProviderFailure failure = classifier.classify(e);
                if (received.text.length() > 0 && !restartable) {
                    log.warn("{} stream broke after {} characters: {} {}", profile.name(), received.text.length(),
                            failure.kind(), failure.status());
                    throw new AssistantUnavailableException(FailureMessages.midReply(profile, failure), e);
                }
                if (!failure.retryable() || attempt >= retry.attempts()) {
                    log.warn("{} call failed after {} attempt(s): {} {}", profile.name(), attempt, failure.kind(),
                            failure.status());
                    throw new AssistantUnavailableException(FailureMessages.beforeReply(profile, failure, attempt), e);
                }
                Duration delay = retry.delayAfter(attempt, failure.retryAfter());
                log.info("{} answered {} {}; retrying in {} ms", profile.name(), failure.kind(), failure.status(),
                        delay.toMillis());
                pause(delay, e);
            }
        }
    }

    record Answer(String text, Usage usage) {
    }

    static Usage add(Usage a, Usage b) {
        return new Usage(a.inputTokens() + b.inputTokens(), a.outputTokens() + b.outputTokens());
    }

    private void pause(Duration delay, RuntimeException cause) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssistantUnavailableException(profile.name() + " call was cancelled.", cause);
        }
    }

    /** What one attempt received: text, and the largest token counts seen (providers report them cumulatively). */
    private static final class Received {
        private final StringBuilder text = new StringBuilder();
        private int inputTokens;
        private int outputTokens;

        void add(ChatResponse response, Consumer<String> chunks) {
            var usage = response.getMetadata() == null ? null : response.getMetadata().getUsage();
            if (usage != null) {
                inputTokens = Math.max(inputTokens, zeroIfNull(usage.getPromptTokens()));
                outputTokens = Math.max(outputTokens, zeroIfNull(usage.getCompletionTokens()));
            }
            var result = response.getResults().isEmpty() ? null : response.getResult();
            String chunk = result == null || result.getOutput() == null ? null : result.getOutput().getText();
            if (chunk != null && !chunk.isEmpty()) {
                text.append(chunk);
                chunks.accept(chunk);
            }
        }

        /** Some servers (LM Studio, interrupted streams) send no usage: estimate about four characters a token. */
        Usage usage(Prompt prompt) {
            return new Usage(inputTokens > 0 ? inputTokens : estimate(prompt.getContents()),
                    outputTokens > 0 ? outputTokens : estimate(text));
        }

        private static int estimate(CharSequence text) {
            return (text.length() + 3) / 4;
        }

        private static int zeroIfNull(Integer count) {
            return count == null ? 0 : count;
        }
    }
}
