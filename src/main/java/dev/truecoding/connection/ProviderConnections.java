package dev.truecoding.connection;

/**
 * What every provider's connection service answers the same way, for the shared settings page and API
 * ({@link ConnectionSettingsController}, {@link ConnectionApiController}).
 */
public interface ProviderConnections<C extends AccountConnection> {

    /** The person's connection, checked with the provider where that is due; never a token. */
    C status(String userId);

    /** Whether True Coding can send people through the provider's OAuth flow (its settings are there). */
    boolean oauthAvailable();

    /** Deletes the person's tokens; nothing happens when none are stored. */
    void disconnect(String userId);
}
