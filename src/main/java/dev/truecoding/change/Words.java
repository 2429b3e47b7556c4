package dev.truecoding.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Small pieces of wording shared by the comparisons, so every change reads the same way. */
final class Words {

    private Words() {
    }

    /** "type string → int", "default 0 added", "default removed"; nothing when equal. */
    static void changed(List<String> out, String what, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before == null) {
            out.add(what + " " + after + " added");
        } else if (after == null) {
            out.add(what + " " + before + " removed");
        } else {
            out.add(what + " " + before + " → " + after);
        }
    }

    /** A text that people read but nothing is built from (descriptions): only that it changed. */
    static void textChanged(List<String> out, String what, String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            out.add(what + " changed");
        }
    }

    static void flag(List<String> out, boolean before, boolean after, String now, String noLonger) {
        if (before != after) {
            out.add(after ? now : noLonger);
        }
    }

    static <T> List<T> list(List<T> items) {
        if (items == null) {
            return List.of();
        }
        List<T> present = new ArrayList<>(items);
        present.removeIf(Objects::isNull);
        return present;
    }

    static String wire(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
