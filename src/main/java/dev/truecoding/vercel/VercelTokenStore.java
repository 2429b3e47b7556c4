package dev.truecoding.vercel;

import dev.truecoding.connection.TokenCipher;
import dev.truecoding.system.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * The Vercel columns of {@code users}, always by user id. The token is written and read as ciphertext bound to the
 * user and the column (the same keyset as GitHub's tokens); a plain {@code SELECT} on {@code users} shows no token.
 * Vercel's integration tokens do not expire and come without a refresh token, so those two columns stay empty.
 */
@Repository
class VercelTokenStore {

    static final String ACCESS = "vercel_access_token";

    private final JdbcClient jdbc;
    private final TokenCipher cipher;

    VercelTokenStore(JdbcClient jdbc, TokenCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Optional<StoredConnection> find(String userId) {
        return jdbc.sql("SELECT vercel_access_token, vercel_team_id, vercel_account_name, vercel_team_name FROM users WHERE id = ?")
                .param(userId)
                .query((rs, row) -> {
                    String access = rs.getString(ACCESS);
                    return access == null ? null : new StoredConnection(cipher.decrypt(access, userId, ACCESS),
                            rs.getString("vercel_team_id"), rs.getString("vercel_account_name"), rs.getString("vercel_team_name"));
                })
                .optional();
    }

    void save(String userId, StoredConnection connection) {
        jdbc.sql("""
                UPDATE users SET vercel_access_token = ?, vercel_refresh_token = NULL, vercel_token_expiry = NULL,
                vercel_team_id = ?, vercel_account_name = ?, vercel_team_name = ?, updated_at = ? WHERE id = ?""")
                .params(cipher.encrypt(connection.token(), userId, ACCESS), connection.teamId(),
                        connection.accountName(), connection.teamName(), Clock.nowUtc(), userId)
                .update();
    }

    boolean delete(String userId) {
        return jdbc.sql("""
                UPDATE users SET vercel_access_token = NULL, vercel_refresh_token = NULL, vercel_token_expiry = NULL,
                vercel_team_id = NULL, vercel_account_name = NULL, vercel_team_name = NULL, updated_at = ?
                WHERE id = ? AND vercel_access_token IS NOT NULL""")
                .params(Clock.nowUtc(), userId)
                .update() == 1;
    }

    /** A connection as stored: the token in clear (only in memory), the team and the names to show. */
    record StoredConnection(String token, String teamId, String accountName, String teamName) {

        VercelCredentials credentials() {
            return new VercelCredentials(token, teamId);
        }

        @Override
        public String toString() {
            return "StoredConnection[teamId=" + teamId + ", accountName=" + accountName + "]";
        }
    }
}
