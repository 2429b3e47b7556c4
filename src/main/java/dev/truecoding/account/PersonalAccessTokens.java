package dev.truecoding.account;

import dev.truecoding.system.Clock;
import dev.truecoding.system.Ids;
import dev.truecoding.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens: 240 random bits, so a fast SHA-256 is a safe way to store them (unlike passwords,
 * they cannot be guessed from a dictionary) and lets each request find its token with one indexed lookup.
 */
@Service
class PersonalAccessTokens {

    static final String PREFIX = "tcp_";
    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int RANDOM_CHARS = 40;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    PersonalAccessTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CreatedToken create(String userId, String name) {
        StringBuilder token = new StringBuilder(PREFIX);
        for (int i = 0; i < RANDOM_CHARS; i++) {
            token.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        String value = token.toString();
        var details = new PersonalAccessToken(Ids.newId(), name.strip(), value.substring(value.length() - 4), Clock.nowUtc(), null);
        jdbc.sql("""
                INSERT INTO personal_access_tokens (id, user_id, name, token_hash, token_hint, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(details.id(), userId, details.name(), hash(value), details.tokenHint(), details.createdAt())
                .update();
        return new CreatedToken(details, value);
    }

    List<PersonalAccessToken> list(String userId) {
        return jdbc.sql("""
                SELECT id, name, token_hint, created_at, last_used_at FROM personal_access_tokens
                WHERE user_id = ? ORDER BY created_at DESC""")
                .param(userId).query(PersonalAccessToken.class).list();
    }

    void revoke(String userId, String tokenId) {
        int deleted = jdbc.sql("DELETE FROM personal_access_tokens WHERE id = ? AND user_id = ?")
                .params(tokenId, userId).update();
        if (deleted == 0) {
            throw new NotFoundException("Token");
        }
    }

    /** The owner of a valid token. Usage is recorded at most once a minute so hot API clients do not write per request. */
    Optional<SignedInUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() != PREFIX.length() + RANDOM_CHARS) {
            return Optional.empty();
        }
        String hash = hash(token);
        var user = jdbc.sql("""
                SELECT u.id, u.email, u.name, u.handle FROM personal_access_tokens t JOIN users u ON u.id = t.user_id
                WHERE t.token_hash = ?""")
                .param(hash).query(SignedInUser.class).optional();
        user.ifPresent(found -> {
            var now = Clock.nowUtc();
            jdbc.sql("""
                    UPDATE personal_access_tokens SET last_used_at = ?
                    WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < ?)""")
                    .params(now, hash, now.minusMinutes(1)).update();
        });
        return user;
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
