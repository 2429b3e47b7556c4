package dev.truecoding.run;

/** Thrown by a stage to end its run with a message for the person (and optionally details, e.g. a log excerpt). */
public class StageFailure extends RuntimeException {

    private final String details;

    public StageFailure(String message, String details) {
        super(message);
        this.details = details;
    }

    public String details() {
        return details;
    }
}
