package dev.truecoding.assistant.model;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Reads a provider client's exception: each client library has its own exception types, status and headers.
 * Implementations look for their own types and fall back to {@link #unreachableOrBroken(Throwable)}.
 */
@FunctionalInterface
public interface FailureClassifier {

    ProviderFailure classify(Throwable failure);

    /** Connection-level failures look the same under every client: a refused or unresolvable address. */
    static ProviderFailure unreachableOrBroken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException || cause instanceof UnresolvedAddressException) {
                return ProviderFailure.of(ProviderFailure.Kind.UNREACHABLE, 0);
            }
        }
        return ProviderFailure.of(ProviderFailure.Kind.BROKEN, 0);
    }

    /** Finds the first cause of the given type, since clients and Reactor wrap exceptions in each other. */
    static <T extends Throwable> Optional<T> causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads {@code retry-after-ms} (OpenAI's SDKs) or {@code retry-after} (seconds, or an HTTP date).
     *
     * @return null when absent or unreadable
     */
    static Duration retryAfter(String retryAfterMs, String retryAfter) {
        try {
            if (retryAfterMs != null && !retryAfterMs.isBlank()) {
                return Duration.ofMillis((long) Double.parseDouble(retryAfterMs.trim()));
            }
            if (retryAfter != null && !retryAfter.isBlank()) {
                String value = retryAfter.trim();
                if (value.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
                    return Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
                }
                Duration untilDate = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return untilDate.isNegative() ? Duration.ZERO : untilDate;
            }
        } catch (RuntimeException unreadable) {
            // A header we cannot read is a header that was not sent: fall back to our own backoff.
        }
        return null;
    }
}
