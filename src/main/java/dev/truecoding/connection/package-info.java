/**
 * What connecting an outside account (GitHub, Vercel) shares: secrets encrypted at rest
 * ({@link dev.truecoding.connection.TokenCipher}, its keyset from the environment or the data directory) and the
 * OAuth flow's state check ({@link dev.truecoding.connection.OAuthState}), with the one way a provider's callback
 * is refused ({@link dev.truecoding.connection.OAuthCallback}), and the settings page and API every provider
 * extends ({@link dev.truecoding.connection.ConnectionSettingsController},
 * {@link dev.truecoding.connection.ConnectionApiController}), which keep only their URLs, flows and token forms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Connections", allowedDependencies = {"system", "account"})
package dev.truecoding.connection;
