package dev.truecoding.connection;

import jakarta.servlet.http.HttpSession;

import java.util.Optional;

/**
 * The checks every provider's OAuth callback makes before it exchanges the code, and what the person reads when
 * one fails: the state is the one this session issued (else nothing is saved), the provider reported no error,
 * and it sent a code.
 */
public final class OAuthCallback {

    private OAuthCallback() {
    }

    /**
     * Why the callback is refused, or empty when the code may be exchanged. Takes the state issued under
     * {@code stateAttribute} out of the session either way, so it serves one callback.
     *
     * @param provider the provider's name as the page says it ("GitHub", "Vercel")
     */
    public static Optional<String> refusal(String provider, HttpSession session, String stateAttribute, String state,
                                           String error, String code) {
        if (!OAuthState.matches(session, stateAttribute, state)) {
            return Optional.of(provider + "'s answer did not match a connection started here (the state check failed), "
                    + "so nothing was saved. Start again with Connect " + provider + ".");
        }
        if (error != null) {
            return Optional.of("access_denied".equals(error)
                    ? "You declined access on " + provider + ", so " + provider + " is not connected."
                    : provider + " did not connect (" + error + ").");
        }
        if (code == null || code.isBlank()) {
            return Optional.of(provider + " sent no code back. Start again with Connect " + provider + ".");
        }
        return Optional.empty();
    }
}
