package dev.truecoding.system;

/** The request is valid but the current state does not allow it (HTTP 409); nothing was changed. */
public class ConflictException extends RuntimeException {

    private final Phrase phrase;

    public ConflictException(String message) {
        super(message);
        this.phrase = null;
    }

    /** A refusal said as {@code phrase}: its English is the message, each page and API answer says it in the reader's language. */
    public ConflictException(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    /** What the refusal says as a phrase, or null when it is only English text. */
    public Phrase phrase() {
        return phrase;
    }
}
