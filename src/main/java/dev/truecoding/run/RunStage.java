package dev.truecoding.run;

/**
 * A stage of one kind of run (implemented by the feature's stage enum): its name on the wire, its label on the
 * page, and the part of the run's 0–100 progress it covers, so a page draws one bar per stage from one figure.
 * An enum declares each stage's {@link StageSpan} and implements {@link #span()}; it overrides {@link #wireName()}
 * only to mark it {@code @JsonValue}.
 */
public interface RunStage {

    /** The stage as its enum declares it; the accessors below read it. */
    StageSpan span();

    default String wireName() {
        return span().wireName();
    }

    default String label() {
        return span().label();
    }

    default int from() {
        return span().from();
    }

    default int to() {
        return span().to();
    }

    /** Whether a run that reports this stage has ended (the seed's {@code ready}, or deploy's {@code error}). */
    default boolean ends() {
        return span().ends();
    }

    /** Whether the page draws this stage (an error is shown as the failure of the stage it stopped at). */
    default boolean drawn() {
        return true;
    }

    /** The overall progress when this stage is {@code fraction} (0–1) done. */
    default int progressAt(double fraction) {
        double bounded = Math.max(0, Math.min(1, fraction));
        return (int) Math.round(from() + (to() - from()) * bounded);
    }
}
