package dev.truecoding.connection;

import dev.truecoding.system.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one store of connected outside accounts: a provider's columns of {@code users} (the seed's
 * {@code <provider>_access_token}, {@code _refresh_token}, {@code _token_expiry}, and what the provider adds), always
 * by user id. Tokens are written and read as ciphertext bound to the user and the column, so a plain {@code SELECT}
 * on {@code users} shows no token and a token copied to another row or column does not decrypt. Column names come
 * from {@link Provider} only, never from input.
 */
@Repository
public class ConnectedAccounts {

    /** An outside account people connect, and the {@code users} columns that hold it. */
    public enum Provider {
        GITHUB("github", List.of()),
        VERCEL("vercel", List.of("team_id", "account_name", "team_name"));

        private final String prefix;
        private final List<String> details;

        Provider(String prefix, List<String> details) {
            this.prefix = prefix;
            this.details = details;
        }

        public String accessColumn() {
            return prefix + "_access_token";
        }

        public String refreshColumn() {
            return prefix + "_refresh_token";
        }

        String expiryColumn() {
            return prefix + "_token_expiry";
        }

        List<String> detailColumns() {
            return details.stream().map(detail -> prefix + "_" + detail).toList();
        }
    }

    /**
     * A connection as stored: tokens in clear (only in memory), when the access token expires (null: it does not),
     * and the provider's details by their short name ({@code team_id}); never printed with its tokens.
     */
    public record Tokens(String accessToken, String refreshToken, Instant expiresAt, Map<String, String> details) {

        public Tokens {
            details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
        }

        public String detail(String name) {
            return details.get(name);
        }

        public boolean expiresBefore(Instant moment) {
            return expiresAt != null && expiresAt.isBefore(moment);
        }

        @Override
        public String toString() {
            return "Tokens[expiresAt=" + expiresAt + ", details=" + details + "]";
        }
    }

    private final JdbcClient jdbc;
    private final TokenCipher cipher;

    ConnectedAccounts(JdbcClient jdbc, TokenCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The stored connection; with {@code lock}, the row stays locked until the transaction ends (a refresh). */
    public Optional<Tokens> find(String userId, Provider provider, boolean lock) {
        var columns = new ArrayList<>(List.of(provider.accessColumn(), provider.refreshColumn(), provider.expiryColumn()));
        columns.addAll(provider.detailColumns());
        return jdbc.sql("SELECT " + String.join(", ", columns) + " FROM users WHERE id = ?" + (lock ? " FOR UPDATE" : ""))
                .param(userId)
                .query((rs, row) -> {
                    String access = rs.getString(provider.accessColumn());
                    if (access == null) {
                        return null;
                    }
                    String refresh = rs.getString(provider.refreshColumn());
                    var details = new LinkedHashMap<String, String>();
                    for (int i = 0; i < provider.details.size(); i++) {
                        String value = rs.getString(provider.detailColumns().get(i));
                        if (value != null) {
                            details.put(provider.details.get(i), value);
                        }
                    }
                    return new Tokens(cipher.decrypt(access, userId, provider.accessColumn()),
                            refresh == null ? null : cipher.decrypt(refresh, userId, provider.refreshColumn()),
                            Clock.instant(rs, provider.expiryColumn()), details);
                })
                .optional();
    }

    /** Replaces the provider's connection: every column of it, so nothing of an earlier connection lingers. */
    public void save(String userId, Provider provider, Tokens tokens) {
        var assignments = new ArrayList<>(List.of(provider.accessColumn() + " = ?", provider.refreshColumn() + " = ?",
                provider.expiryColumn() + " = ?"));
        var values = new ArrayList<Object>();
        values.add(cipher.encrypt(tokens.accessToken(), userId, provider.accessColumn()));
        values.add(tokens.refreshToken() == null ? null : cipher.encrypt(tokens.refreshToken(), userId, provider.refreshColumn()));
        values.add(tokens.expiresAt() == null ? null : LocalDateTime.ofInstant(tokens.expiresAt(), ZoneOffset.UTC));
        for (int i = 0; i < provider.details.size(); i++) {
            assignments.add(provider.detailColumns().get(i) + " = ?");
            values.add(tokens.detail(provider.details.get(i)));
        }
        values.add(Clock.nowUtc());
        values.add(userId);
        jdbc.sql("UPDATE users SET " + String.join(", ", assignments) + ", updated_at = ? WHERE id = ?")
                .params(values)
                .update();
    }

    /** Disconnects: the tokens and details are deleted. Whether there was a connection to delete. */
    public boolean delete(String userId, Provider provider) {
        var cleared = new ArrayList<>(List.of(provider.accessColumn(), provider.refreshColumn(), provider.expiryColumn()));
        cleared.addAll(provider.detailColumns());
        return jdbc.sql("UPDATE users SET " + String.join(" = NULL, ", cleared) + " = NULL, updated_at = ? WHERE id = ? AND "
                        + provider.accessColumn() + " IS NOT NULL")
                .params(Clock.nowUtc(), userId)
                .update() == 1;
    }

    /** For the providers' own records: a detail map without nulls, in the provider's order. */
    public static Map<String, String> details(String... namesAndValues) {
        var details = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                details.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return details;
    }

    /**
     * A key for what a provider remembers in memory about a stored token (the login it answered): the user and a
     * hash of the token, so a token replaced on another instance is asked about again, and the key shows no token.
     * Starts with {@code userId + ":"}, so everything of one user can be forgotten at once.
     */
    public static String fingerprint(String userId, String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return userId + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
