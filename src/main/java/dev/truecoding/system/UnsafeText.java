package dev.truecoding.system;

/**
 * Characters no text in True Coding may hold. A NUL cannot be stored in PostgreSQL's text (the insert fails) while
 * H2 stores it, and an unpaired UTF-16 surrogate is not a character at all: it has no UTF-8 form, so the driver
 * silently turns it into '?'. Both are refused where text comes in, so every database sees the same clean text.
 */
public final class UnsafeText {

    private UnsafeText() {
    }

    /**
     * {@code text} with each NUL and unpaired surrogate replaced by U+FFFD: for text True Coding did not receive
     * from a person and cannot send back (a model's reply), which must still be storable on every database.
     */
    public static String cleaned(String text) {
        if (text == null || problem(text) == null) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else {
                clean.append(c == '\0' || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return clean.toString();
    }

    /** What is wrong with {@code text} ("a NUL character", "an unpaired surrogate"), or null when it is clean. */
    public static String problem(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "a NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                        + "), which is not a character";
            }
        }
        return null;
    }
}
