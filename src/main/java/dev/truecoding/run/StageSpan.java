package dev.truecoding.run;

/**
 * What a stage is, as a stage enum declares it once: its name on the wire, its label on the page, the part of the
 * run's 0–100 progress it covers ({@code from}–{@code to}), and whether a run reporting it has ended.
 */
public record StageSpan(String wireName, String label, int from, int to, boolean ends) {

    public StageSpan {
        if (from < 0 || to > 100 || from > to) {
            throw new IllegalArgumentException("a stage covers part of 0–100: " + from + "–" + to);
        }
    }

    public StageSpan(String wireName, String label, int from, int to) {
        this(wireName, label, from, to, false);
    }

    /** A stage that ends a run (the last, or a failure shown on its own). */
    public static StageSpan last(String wireName, String label, int from, int to) {
        return new StageSpan(wireName, label, from, to, true);
    }
}
