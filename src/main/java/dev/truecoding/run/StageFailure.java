package dev.truecoding.run;

import dev.truecoding.system.Phrase;

/** Thrown by a stage to end its run with a message for the person (and optionally details, e.g. a log excerpt). */
public class StageFailure extends RuntimeException {

    private final String details;
    private final Phrase phrase;

    public StageFailure(String message, String details) {
        super(message);
        this.details = details;
        this.phrase = null;
    }

    /** A failure said as {@code phrase}, so each reader sees it in their language (its English is the message). */
    public StageFailure(Phrase phrase, String details) {
        super(phrase.english());
        this.details = details;
        this.phrase = phrase;
    }

    /** What the failure says as a phrase, or null when it is only English text. */
    public Phrase phrase() {
        return phrase;
    }

    public String details() {
        return details;
    }
}
