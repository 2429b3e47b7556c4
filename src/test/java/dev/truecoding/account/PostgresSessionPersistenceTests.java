package dev.truecoding.account;

import dev.truecoding.support.Postgres;
import dev.truecoding.support.RequiresPostgres;
import dev.truecoding.support.SignedInClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;

import static dev.truecoding.account.SessionPersistenceTests.baseUrl;
import static dev.truecoding.account.SessionPersistenceTests.start;
import static org.assertj.core.api.Assertions.assertThat;

/** The restart on PostgreSQL, where session attributes are written as upserts ({@code ON CONFLICT}). */
@RequiresPostgres
class PostgresSessionPersistenceTests {

    private static final String SCHEMA = Postgres.newSchemaName();

    @AfterAll
    static void dropSchema() {
        Postgres.dropSchema(SCHEMA);
    }

    @Test
    void aSessionCookieStillWorksAfterTheApplicationRestartsOnPostgres() throws Exception {
        Path data = Path.of("target", "test-data-sessions-" + UUID.randomUUID()).toAbsolutePath();
        String database = Postgres.urlForSchema(SCHEMA);
        SignedInClient person;
        try (ConfigurableApplicationContext first = start(data, database, "spring.flyway.schemas=" + SCHEMA)) {
            person = new SignedInClient(baseUrl(first), "/settings/tokens");
            // A form post changes the session's attributes (CSRF token, flash message) on top of the sign-in.
            person.submit("/settings/tokens", java.util.Map.of("name", "laptop"));
        }

        try (ConfigurableApplicationContext second = start(data, database, "spring.flyway.schemas=" + SCHEMA)) {
            assertThat(person.get(URI.create(baseUrl(second) + "/projects")).statusCode()).isEqualTo(200);
            assertThat(person.get(URI.create(baseUrl(second) + "/api/me")).body()).contains(person.email);
        }
    }
}
