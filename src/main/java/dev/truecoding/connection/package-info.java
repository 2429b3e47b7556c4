/**
 * What connecting an outside account (GitHub, Vercel) shares: secrets encrypted at rest
 * ({@link dev.truecoding.connection.TokenCipher}, its keyset from the environment or the data directory) and the
 * OAuth flow's state check ({@link dev.truecoding.connection.OAuthState}), with the one way a provider's callback
 * is refused ({@link dev.truecoding.connection.OAuthCallback}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Connections", allowedDependencies = "system")
package dev.truecoding.connection;
