package dev.truecoding.connection;

import dev.truecoding.connection.ConnectedAccounts.Provider;
import dev.truecoding.connection.ConnectedAccounts.Tokens;
import dev.truecoding.support.H2;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one store of GitHub's and Vercel's connections, on a migrated embedded database. */
class ConnectedAccountsTests {

    private JdbcClient jdbc;
    private ConnectedAccounts accounts;

    @BeforeEach
    void migrated() {
        var dataSource = new DriverManagerDataSource(H2.newUrl(), "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        accounts = new ConnectedAccounts(jdbc, TokenCipher.fromJsonKeyset(TokenCipher.newJsonKeyset()));
        for (String id : new String[]{"u1", "u2"}) {
            jdbc.sql("INSERT INTO users (id, clerk_id, email) VALUES (?, ?, ?)").params(id, "local:" + id, id + "@example.com").update();
        }
    }

    @Test
    void eachProvidersConnectionIsStoredEncryptedAndReadBack() {
        Instant expiry = Instant.now().plus(8, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        accounts.save("u1", Provider.GITHUB, new Tokens("gho_access", "ghr_refresh", expiry, null));
        accounts.save("u1", Provider.VERCEL, new Tokens("vc_token", null, null,
                ConnectedAccounts.details("team_id", "team_1", "account_name", "ada", "team_name", null)));

        Tokens github = accounts.find("u1", Provider.GITHUB, false).orElseThrow();
        assertThat(github.accessToken()).isEqualTo("gho_access");
        assertThat(github.refreshToken()).isEqualTo("ghr_refresh");
        assertThat(github.expiresAt()).isEqualTo(expiry);
        assertThat(github.details()).isEmpty();
        Tokens vercel = accounts.find("u1", Provider.VERCEL, false).orElseThrow();
        assertThat(vercel.accessToken()).isEqualTo("vc_token");
        assertThat(vercel.details()).isEqualTo(Map.of("team_id", "team_1", "account_name", "ada"));
        assertThat(vercel.toString()).doesNotContain("vc_token");
        assertThat(accounts.find("u2", Provider.GITHUB, false)).isEmpty();

        String row = jdbc.sql("SELECT github_access_token || github_refresh_token || vercel_access_token FROM users WHERE id = 'u1'")
                .query(String.class).single();
        assertThat(row).doesNotContain("gho_access", "ghr_refresh", "vc_token");
    }

    @Test
    void aTokenCopiedToAnotherPersonDoesNotDecrypt() {
        accounts.save("u1", Provider.GITHUB, new Tokens("gho_access", null, null, null));
        jdbc.sql("UPDATE users SET github_access_token = (SELECT github_access_token FROM users WHERE id = 'u1') WHERE id = 'u2'").update();

        assertThatThrownBy(() -> accounts.find("u2", Provider.GITHUB, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void disconnectingDeletesOneProvidersColumnsOnly() {
        accounts.save("u1", Provider.GITHUB, new Tokens("gho_access", "ghr_refresh", Instant.now(), null));
        accounts.save("u1", Provider.VERCEL, new Tokens("vc_token", null, null, ConnectedAccounts.details("team_id", "team_1")));

        assertThat(accounts.delete("u1", Provider.VERCEL)).isTrue();
        assertThat(accounts.delete("u1", Provider.VERCEL)).isFalse();

        assertThat(accounts.find("u1", Provider.VERCEL, false)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE id = 'u1' AND vercel_team_id IS NULL AND vercel_access_token IS NULL")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(accounts.find("u1", Provider.GITHUB, true)).map(Tokens::accessToken).contains("gho_access");
    }

    @Test
    void savingAgainReplacesEveryColumnOfTheEarlierConnection() {
        accounts.save("u1", Provider.VERCEL, new Tokens("vc_old", null, null, ConnectedAccounts.details("team_id", "team_1")));
        accounts.save("u1", Provider.VERCEL, new Tokens("vc_new", null, null, null));

        Tokens vercel = accounts.find("u1", Provider.VERCEL, false).orElseThrow();
        assertThat(vercel.accessToken()).isEqualTo("vc_new");
        assertThat(vercel.detail("team_id")).isNull();
    }
}
