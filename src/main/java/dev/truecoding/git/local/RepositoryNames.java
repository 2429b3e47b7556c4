package dev.truecoding.git.local;

import java.text.Normalizer;
import java.util.Locale;

/** Repository names that are safe as one directory and one URL segment, whatever a person or a plan typed. */
final class RepositoryNames {

    static final int MAX_LENGTH = 80;
    private static final String FALLBACK = "app";

    private RepositoryNames() {
    }

    /** "Recipe Box!" → {@code recipe-box}; accents dropped, never empty, never {@code .git}-like or dot-led. */
    static String safe(String desired) {
        String ascii = Normalizer.normalize(desired == null ? "" : desired, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String name = ascii.replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("\\.{2,}", ".")
                .replaceAll("^[-._]+", "").replaceAll("[-._]+$", "");
        if (name.endsWith(".git")) {
            name = name.substring(0, name.length() - 4);
        }
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH).replaceAll("[-._]+$", "");
        }
        return name.isEmpty() ? FALLBACK : name;
    }

    /** Whether {@code name} is already in the form {@link #safe} gives: how URLs and lookups are checked. */
    static boolean isSafe(String name) {
        return name != null && !name.isEmpty() && name.length() <= MAX_LENGTH && safe(name).equals(name);
    }

    /** The n-th candidate: {@code recipes}, {@code recipes-2}, {@code recipes-3}… kept within the length limit. */
    static String candidate(String safeName, int attempt) {
        if (attempt == 1) {
            return safeName;
        }
        String suffix = "-" + attempt;
        String base = safeName.length() + suffix.length() > MAX_LENGTH
                ? safeName.substring(0, MAX_LENGTH - suffix.length()) : safeName;
        return base + suffix;
    }

    /** Owners are user ids (the seed's cuid: lower-case letters and digits); anything else is no owner. */
    static boolean isOwnerId(String owner) {
        return owner != null && owner.matches("[a-z0-9_-]{1,64}");
    }
}
