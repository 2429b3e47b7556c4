package dev.truecoding.change;

import dev.truecoding.system.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Small pieces of wording shared by the comparisons, so every change reads the same way. They are phrases
 * ({@code change.detail.*} in the page bundles), so each reader gets them in their own language.
 */
final class Words {

    private Words() {
    }

    /**
     * "type string → int", "default 0 added", "default removed"; nothing when equal. {@code what} names the term
     * ({@code change.term.<what>}).
     */
    static void changed(List<Phrase> out, String what, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return;
        }
        Phrase term = Phrase.of("change.term." + what);
        if (before == null) {
            out.add(Phrase.of("change.detail.valueAdded", term, after));
        } else if (after == null) {
            out.add(Phrase.of("change.detail.valueRemoved", term, before));
        } else {
            out.add(Phrase.of("change.detail.valueChanged", term, before, after));
        }
    }

    /**
     * A text that people read but nothing is built from (descriptions): only that it changed, said by
     * {@code change.detail.changed.<what>} (its own sentence, for languages where the word agrees with the noun).
     */
    static void textChanged(List<Phrase> out, String what, String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            out.add(Phrase.of("change.detail.changed." + what));
        }
    }

    /** {@code change.detail.<now>} or {@code change.detail.<noLonger>} when the flag flipped. */
    static void flag(List<Phrase> out, boolean before, boolean after, String now, String noLonger) {
        if (before != after) {
            out.add(Phrase.of("change.detail." + (after ? now : noLonger)));
        }
    }

    /** A value shown as it is (a type, a version). */
    static Phrase value(Object value) {
        return Phrase.of("change.detail.value", value);
    }

    /** A wire value said in words ({@code change.<prefix>.<wire>}: "must-have", "one-to-many"); null for none. */
    static Phrase term(String prefix, Enum<?> value) {
        return value == null ? null : Phrase.of("change." + prefix + "." + wire(value));
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
