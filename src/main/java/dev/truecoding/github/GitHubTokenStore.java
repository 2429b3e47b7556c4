package dev.truecoding.github;

import dev.truecoding.connection.TokenCipher;
import dev.truecoding.system.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The GitHub columns of {@code users}, always by user id. Tokens are written and read as ciphertext bound to the
 * user and the column; a plain {@code SELECT} on {@code users} shows no token.
 */
@Repository
class GitHubTokenStore {

    static final String ACCESS = "github_access_token";
    static final String REFRESH = "github_refresh_token";

    private final JdbcClient jdbc;
    private final TokenCipher cipher;

    GitHubTokenStore(JdbcClient jdbc, TokenCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The stored tokens; with {@code lock}, the row stays locked until the transaction ends (refresh). */
    Optional<StoredTokens> find(String userId, boolean lock) {
        return jdbc.sql("SELECT github_access_token, github_refresh_token, github_token_expiry FROM users WHERE id = ?"
                        + (lock ? " FOR UPDATE" : ""))
                .param(userId)
                .query((rs, row) -> {
                    String access = rs.getString(ACCESS);
                    if (access == null) {
                        return null;
                    }
                    String refresh = rs.getString(REFRESH);
                    return new StoredTokens(cipher.decrypt(access, userId, ACCESS),
                            refresh == null ? null : cipher.decrypt(refresh, userId, REFRESH),
                            Clock.instant(rs, "github_token_expiry"));
                })
                .optional();
    }

    void save(String userId, String accessToken, String refreshToken, Instant expiresAt) {
        jdbc.sql("""
                UPDATE users SET github_access_token = ?, github_refresh_token = ?, github_token_expiry = ?, updated_at = ?
                WHERE id = ?""")
                .params(cipher.encrypt(accessToken, userId, ACCESS),
                        refreshToken == null ? null : cipher.encrypt(refreshToken, userId, REFRESH),
                        expiresAt == null ? null : LocalDateTime.ofInstant(expiresAt, ZoneOffset.UTC),
                        Clock.nowUtc(), userId)
                .update();
    }

    boolean delete(String userId) {
        return jdbc.sql("""
                UPDATE users SET github_access_token = NULL, github_refresh_token = NULL, github_token_expiry = NULL,
                updated_at = ? WHERE id = ? AND github_access_token IS NOT NULL""")
                .params(Clock.nowUtc(), userId)
                .update() == 1;
    }

    record StoredTokens(String accessToken, String refreshToken, Instant expiresAt) {

        boolean expiresBefore(Instant moment) {
            return expiresAt != null && expiresAt.isBefore(moment);
        }

        @Override
        public String toString() {
            return "StoredTokens[expiresAt=" + expiresAt + "]";
        }
    }
}
