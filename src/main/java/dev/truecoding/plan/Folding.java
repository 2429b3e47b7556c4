package dev.truecoding.plan;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text compared without its accents, as people type it: "funcionario" is "funcionário", "reuniao" is "reunião",
 * "votacao e mais importante" is "votação é mais importante". One fold for every place words are matched (the
 * guided assistant's commands, answers, feature and entity names, {@link TextLanguage}'s stop words, the
 * generator's identifiers), so they all agree on what counts as the same word.
 */
public final class Folding {

    private Folding() {
    }

    /**
     * The text with each accented letter replaced by its base letter ("ç" → "c", "Ã" → "A"), case kept, one
     * character for one: a match found in the folded text is at the same place in the original, so what a
     * pattern captures can be read from the person's own words, accents included.
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char base = c < 0x80 ? c : base(c);
            if (base != c && folded == null) {
                folded = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (folded != null) {
                folded.append(base);
            }
        }
        return folded == null ? text : folded.toString();
    }

    /** Folded and lower case: the form two words are compared in ("Reunião" and "reuniao" have the same key). */
    public static String key(String text) {
        return text == null ? null : fold(text).toLowerCase(Locale.ROOT);
    }

    /** Whether two texts are the same word or words, accents and case aside. */
    public static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    /** A letter's base letter when it is one letter plus combining marks; any other character itself. */
    private static char base(char c) {
        if (Character.isSurrogate(c)) {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (decomposed.length() < 2 || decomposed.codePoints().skip(1)
                .anyMatch(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)) {
            return c;
        }
        return decomposed.charAt(0);
    }
}
