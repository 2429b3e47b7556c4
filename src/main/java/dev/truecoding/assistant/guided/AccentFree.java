package dev.truecoding.assistant.guided;

import dev.truecoding.plan.Folding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern matched whatever accents the person typed or left out ("a votacao e mais importante" as "a votação é mais
 * importante"): pattern and text are both folded ({@link Folding#fold}, one character for one), and what the
 * pattern captures is read from the person's own text, accents kept.
 */
final class AccentFree {

    private final Matcher matcher;
    private final String text;
    private final boolean matches;

    private AccentFree(Pattern pattern, String text) {
        this.text = text;
        this.matcher = pattern.matcher(Folding.fold(text));
        this.matches = matcher.matches();
    }

    /** The pattern with its accents folded, so "é|e" and "são|sao" are written once as people read them. */
    static Pattern compile(String regex, int flags) {
        return Pattern.compile(Folding.fold(regex), flags);
    }

    static Pattern compile(String regex) {
        return compile(regex, 0);
    }

    /** The whole text matched against a pattern made by {@link #compile}. */
    static AccentFree match(Pattern pattern, String text) {
        return new AccentFree(pattern, text == null ? "" : text);
    }

    boolean matches() {
        return matches;
    }

    /** The group as the person wrote it; null when it took no part in the match. */
    String group(int group) {
        int start = matcher.start(group);
        return start < 0 ? null : text.substring(start, matcher.end(group));
    }
}
