package dev.truecoding.account;

import dev.truecoding.TrueCodingApplication;
import dev.truecoding.support.H2;
import dev.truecoding.support.SignedInClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * True Coding as it runs by default (embedded database in its data directory, sessions in the database), stopped
 * and started again: a person signed in before the restart is still signed in after it, with the same cookie;
 * and two instances on one database, where a session started on one is known to the other.
 */
class SessionPersistenceTests {

    @Test
    void aSessionCookieStillWorksAfterTheApplicationRestartsOnTheSameDatabase() throws Exception {
        Path data = Path.of("target", "test-data-sessions-" + UUID.randomUUID()).toAbsolutePath();
        SignedInClient person;
        try (ConfigurableApplicationContext first = start(data)) {
            person = new SignedInClient(baseUrl(first), "/settings/tokens");
            assertThat(person.get(URI.create(baseUrl(first) + "/projects")).statusCode()).isEqualTo(200);
        }

        try (ConfigurableApplicationContext second = start(data)) {
            var projects = person.get(URI.create(baseUrl(second) + "/projects"));
            assertThat(projects.statusCode()).as("signed in, not sent to /login").isEqualTo(200);
            assertThat(person.get(URI.create(baseUrl(second) + "/api/me")).body()).contains(person.email);
        }
    }

    @Test
    void aSecondInstanceOnTheSameDatabaseKnowsTheSession() throws Exception {
        Path data = Path.of("target", "test-data-sessions-" + UUID.randomUUID()).toAbsolutePath();
        String database = H2.newUrl();
        try (ConfigurableApplicationContext one = start(data, database); ConfigurableApplicationContext two = start(data, database)) {
            var person = new SignedInClient(baseUrl(one), "/settings/tokens");

            assertThat(person.get(URI.create(baseUrl(two) + "/api/me")).body()).contains(person.email);
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return start(data, "");
    }

    static ConfigurableApplicationContext start(Path data, String databaseUrl, String... more) {
        return new SpringApplicationBuilder(TrueCodingApplication.class).properties(more).run(
                "--server.port=0",
                "--truecoding.data-dir=" + data,
                "--truecoding.database-url=" + databaseUrl,
                "--truecoding.generation.npm=false",
                "--truecoding.deploy.restore-on-start=false");
    }

    static String baseUrl(ConfigurableApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }
}
