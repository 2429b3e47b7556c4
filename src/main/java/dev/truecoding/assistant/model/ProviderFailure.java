package dev.truecoding.assistant.model;

import java.time.Duration;

/**
 * What went wrong with one call to a provider, as far as deciding what to do next and telling the person.
 *
 * @param kind       the category, which decides whether a retry can help
 * @param status     the HTTP status, or 0 when there was none (connection refused, broken stream)
 * @param retryAfter how long the provider asked us to wait, or null when it did not say
 */
public record ProviderFailure(Kind kind, int status, Duration retryAfter) {

    public enum Kind {
        /** Nothing answered at the configured address. */
        UNREACHABLE,
        /** The key is missing, wrong or lacks permission. */
        REFUSED_KEY,
        /** The model (or the endpoint) does not exist there. */
        UNKNOWN_MODEL,
        /** Too many requests: 429 or a rate-limit error. */
        RATE_LIMITED,
        /** 5xx, 529 or an {@code overloaded_error}: the provider is struggling. */
        OVERLOADED,
        /** Any other 4xx: our request was not accepted. */
        REJECTED,
        /** Anything else: a stream that broke, a timeout, an unreadable answer. */
        BROKEN
    }

    public static ProviderFailure of(Kind kind, int status) {
        return new ProviderFailure(kind, status, null);
    }

    public boolean retryable() {
        return kind == Kind.RATE_LIMITED || kind == Kind.OVERLOADED;
    }

    /** The usual mapping from an HTTP status, shared by every provider. */
    public static Kind kindOf(int status) {
        return switch (status) {
            case 401, 403 -> Kind.REFUSED_KEY;
            case 404 -> Kind.UNKNOWN_MODEL;
            case 429 -> Kind.RATE_LIMITED;
            case 408, 409 -> Kind.OVERLOADED;
            default -> status >= 500 ? Kind.OVERLOADED : status >= 400 ? Kind.REJECTED : Kind.BROKEN;
        };
    }
}
