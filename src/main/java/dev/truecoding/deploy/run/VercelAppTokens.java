package dev.truecoding.deploy.run;

import dev.truecoding.connection.TokenCipher;
import dev.truecoding.system.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code TRUECODING_APP_TOKEN} of a project's app on Vercel: 256 random bits made once per project, stored
 * encrypted (bound to the project's id), handed to Vercel as a sensitive variable, never shown.
 */
@Repository
public class VercelAppTokens {

    static final String VARIABLE = "TRUECODING_APP_TOKEN";
    private static final String PURPOSE = "app-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TokenCipher cipher;

    VercelAppTokens(JdbcClient jdbc, TokenCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public Optional<String> find(String projectId) {
        return jdbc.sql("SELECT token_encrypted FROM app_tokens WHERE project_id = ?").param(projectId)
                .query(String.class).optional().map(encrypted -> cipher.decrypt(encrypted, projectId, PURPOSE));
    }

    /** The project's token, made on first use; a concurrent maker's token wins and is the one returned. */
    String forProject(String projectId) {
        Optional<String> existing = find(projectId);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            jdbc.sql("INSERT INTO app_tokens (project_id, token_encrypted, created_at) VALUES (?, ?, ?)")
                    .params(projectId, cipher.encrypt(token, projectId, PURPOSE), Clock.nowUtc()).update();
        } catch (DuplicateKeyException concurrent) {
            // another deployment of the project made one first: use that
        }
        return find(projectId).orElseThrow();
    }
}
