package dev.truecoding.connection;

import dev.truecoding.connection.ConnectedAccounts.Provider;
import dev.truecoding.connection.ConnectedAccounts.Tokens;
import dev.truecoding.system.DatabaseUrl;
import dev.truecoding.system.Ids;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connections module booted alone with what it depends on ({@code system}: configuration, database): its
 * keyset is made, the store and cipher work together, and no GitHub or Vercel bean is needed for it.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "system")
@TestPropertySource(properties = {
        "truecoding.data-dir=target/test-data-connection-module",
        "truecoding.session-store=memory",
        "truecoding.database-url=jdbc:h2:mem:truecoding-connection-module" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1"})
class ConnectionModuleTests {

    @Autowired
    ConnectedAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void storesAConnectionWithTheApplicationsKeyset() {
        String user = Ids.newId();
        jdbc.sql("INSERT INTO users (id, clerk_id, email) VALUES (?, ?, ?)").params(user, "local_" + user, user + "@example.com").update();

        accounts.save(user, Provider.GITHUB, new Tokens("gho_module", null, null, null));

        assertThat(accounts.find(user, Provider.GITHUB, false)).map(Tokens::accessToken).contains("gho_module");
        assertThat(jdbc.sql("SELECT github_access_token FROM users WHERE id = ?").param(user).query(String.class).single())
                .doesNotContain("gho_module");
    }
}
