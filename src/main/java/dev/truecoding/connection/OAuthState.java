package dev.truecoding.connection;

import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * One value per OAuth flow kept in the person's session under its own name: the {@code state} a provider must send
 * back, or a PKCE verifier. {@link #take} removes it whatever it finds, so a value serves one callback and cannot
 * be replayed.
 */
public final class OAuthState {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OAuthState() {
    }

    /** 256 random bits, URL-safe (43 characters: also a valid PKCE verifier, within RFC 7636's 43–128), kept under {@code name}. */
    public static String issue(HttpSession session, String name) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        session.setAttribute(name, value);
        return value;
    }

    public static Optional<String> take(HttpSession session, String name) {
        Object value = session.getAttribute(name);
        session.removeAttribute(name);
        return value instanceof String kept ? Optional.of(kept) : Optional.empty();
    }

    /** Whether the provider sent back the state issued under {@code name}; compared in constant time. */
    public static boolean matches(HttpSession session, String name, String received) {
        Optional<String> expected = take(session, name);
        return received != null && expected.isPresent()
                && MessageDigest.isEqual(expected.get().getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8));
    }
}
