package dev.truecoding.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A person's handle: the readable name their repositories live under ({@code /git/ana-souza/recipe-box.git}), in
 * place of their id. Lower-case letters, digits and single hyphens, 2 to 39 characters, neither starting nor ending
 * with a hyphen (GitHub's rule, so a handle also fits there), never one of the words the site's own addresses use.
 * Public because the migration that gave existing people their handle (V18) derives them the same way.
 */
public final class Handles {

    public static final int MAX_LENGTH = 39;
    private static final int MIN_LENGTH = 2;
    private static final String FALLBACK = "user";

    /** Words a handle may not be: the site's own path segments and names that would read as the site speaking. */
    static final Set<String> RESERVED = Set.of(
            "about", "account", "accounts", "actuator", "admin", "administrator", "api", "app", "apps", "assets",
            "connections", "css", "deploy", "deployments", "docs", "error", "git", "github", "health", "help", "home",
            "js", "login", "logout", "me", "new", "null", "oauth", "official", "projects", "repositories", "root",
            "security", "settings", "sign-in", "sign-out", "sign-up", "signin", "signout", "signup", "static",
            "support", "swagger-ui", "system", "tokens", "true-coding", "truecoding", "undefined", "user", "users",
            "v3", "vercel", "webjars", "www");

    private Handles() {
    }

    /**
     * The handle a person would like, before uniqueness: from their name ("Ana Souza" → {@code ana-souza}), else
     * their email's local part ("ana.souza+tc@…" → {@code ana-souza-tc}), else {@code user}; accents dropped.
     */
    public static String derive(String name, String email) {
        String fromName = clean(name);
        if (usable(fromName)) {
            return fromName;
        }
        String local = email == null ? "" : email.substring(0, Math.max(0, email.indexOf('@')));
        String fromEmail = clean(local);
        return usable(fromEmail) ? fromEmail : FALLBACK;
    }

    /** The n-th candidate of a derived handle: {@code ana}, {@code ana-2}, {@code ana-3}… within the length limit. */
    public static String candidate(String base, int attempt) {
        if (attempt <= 1) {
            return base;
        }
        String suffix = "-" + attempt;
        String head = base.length() + suffix.length() > MAX_LENGTH ? base.substring(0, MAX_LENGTH - suffix.length()) : base;
        return head.replaceAll("-+$", "") + suffix;
    }

    /** Whether {@code handle} is a well-formed handle nobody is refused: how addresses and chosen handles are checked. */
    public static boolean isValid(String handle) {
        return handle != null && handle.matches("[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,38}") && !RESERVED.contains(handle);
    }

    /**
     * Why a handle someone typed is refused, before looking at who holds it: empty when it is well-formed and no
     * reserved word. The checks sign-up and the account page give a person, in the order they would fix them.
     */
    static java.util.Optional<HandleRefusedException.Reason> formProblem(String handle) {
        if (handle == null || handle.length() < MIN_LENGTH || handle.length() > MAX_LENGTH
                || !handle.matches("[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9]))*")) {
            return java.util.Optional.of(HandleRefusedException.Reason.INVALID);
        }
        return RESERVED.contains(handle) ? java.util.Optional.of(HandleRefusedException.Reason.RESERVED) : java.util.Optional.empty();
    }

    private static boolean usable(String handle) {
        return handle.length() >= MIN_LENGTH && !RESERVED.contains(handle);
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String handle = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+", "").replaceAll("-+$", "");
        if (handle.length() > MAX_LENGTH - 4) { // room for "-999" when the handle is taken
            handle = handle.substring(0, MAX_LENGTH - 4).replaceAll("-+$", "");
        }
        return handle;
    }
}
