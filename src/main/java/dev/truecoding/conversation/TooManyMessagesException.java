package dev.truecoding.conversation;

class TooManyMessagesException extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyMessagesException(long retryAfterSeconds) {
        super("Too many messages at once: wait " + retryAfterSeconds + " s and send again.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
