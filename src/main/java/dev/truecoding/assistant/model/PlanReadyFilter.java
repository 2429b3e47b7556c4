package dev.truecoding.assistant.model;

import dev.truecoding.assistant.TextSink;

/**
 * Passes streamed text to the sink while removing the plan-ready marker the model ends its reply with. A
 * chunk may end in the middle of the marker, so the filter holds back any tail that could still become the
 * marker (and the whitespace before it) until the next chunk or the end decides. Everything that reaches
 * the sink, concatenated, is {@link #text()}.
 */
final class PlanReadyFilter {

    static final String MARKER = "[[PLAN_READY]]";

    private final TextSink sink;
    private final StringBuilder emitted = new StringBuilder();
    private final StringBuilder pending = new StringBuilder();
    private boolean planReady;

    PlanReadyFilter(TextSink sink) {
        this.sink = sink;
    }

    void accept(String chunk) {
        pending.append(chunk);
        int marker;
        while ((marker = pending.indexOf(MARKER)) >= 0) {
            planReady = true;
            pending.delete(marker, marker + MARKER.length());
        }
        emit(pending.length() - heldBack());
    }

    /** The stream ended: what was held back is text after all, except whitespace left by a removed marker. */
    void finish() {
        if (planReady) {
            int end = pending.length();
            while (end > 0 && Character.isWhitespace(pending.charAt(end - 1))) {
                end--;
            }
            pending.setLength(end);
        }
        emit(pending.length());
    }

    boolean planReady() {
        return planReady;
    }

    String text() {
        return emitted.toString();
    }

    private void emit(int length) {
        if (length > 0) {
            String chunk = pending.substring(0, length);
            pending.delete(0, length);
            emitted.append(chunk);
            sink.text(chunk);
        }
    }

    /** The longest tail that is a start of the marker, plus the whitespace before it. */
    private int heldBack() {
        int partial = 0;
        for (int n = Math.min(MARKER.length() - 1, pending.length()); n > 0; n--) {
            if (MARKER.startsWith(pending.substring(pending.length() - n))) {
                partial = n;
                break;
            }
        }
        int start = pending.length() - partial;
        while (start > 0 && Character.isWhitespace(pending.charAt(start - 1))) {
            start--;
        }
        return pending.length() - start;
    }
}
