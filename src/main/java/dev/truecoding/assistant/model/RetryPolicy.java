package dev.truecoding.assistant.model;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How often and how patiently a provider is asked again after a 429, 5xx or overload, before its first token.
 *
 * @param attempts       calls in all, the first included
 * @param initialBackoff the wait before the second call; it doubles for each further call
 * @param maxBackoff     the longest wait, also the cap on a provider's {@code retry-after}
 */
@ConfigurationProperties("truecoding.assistant.retry")
public record RetryPolicy(
        @DefaultValue("3") int attempts,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("20s") Duration maxBackoff) {

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("truecoding.assistant.retry.attempts must be at least 1");
        }
    }

    /**
     * The wait before attempt {@code attempt + 1}: the provider's {@code retry-after} when it sent one (never
     * beyond {@code maxBackoff}, since a person is waiting), otherwise exponential.
     */
    Duration delayAfter(int attempt, Duration retryAfter) {
        if (retryAfter != null) {
            return min(retryAfter, maxBackoff);
        }
        return min(initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 20)), maxBackoff);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
