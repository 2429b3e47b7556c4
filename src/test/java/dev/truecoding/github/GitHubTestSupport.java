package dev.truecoding.github;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.truecoding.github.fake.FakeGitHub;
import dev.truecoding.system.DatabaseUrl;
import dev.truecoding.system.Ids;
import org.junit.jupiter.api.BeforeAll;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a real port against one {@link FakeGitHub}, on an in-memory database of its own; every
 * test class extending this shares the context. Log events are captured so tests can check no token is logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "truecoding.data-dir=target/test-data-github",
        "truecoding.database-url=jdbc:h2:mem:truecoding-github-tests" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1",
        "truecoding.github.client-id=" + FakeGitHub.CLIENT_ID,
        "truecoding.github.client-secret=" + FakeGitHub.CLIENT_SECRET,
        "truecoding.github.rate-limit-max-wait=3s",
        "truecoding.github.rate-limit-retries=2",
        "truecoding.generation.npm=false"})
abstract class GitHubTestSupport {

    static final FakeGitHub github = new FakeGitHub();
    static final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void useTheFake(DynamicPropertyRegistry registry) {
        registry.add("truecoding.github.api-url", github::url);
        registry.add("truecoding.github.url", github::url);
    }

    @BeforeAll
    static void captureLogs() {
        if (!logs.isStarted()) {
            Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.addAppender(logs);
            // Everything True Coding and its HTTP clients say, down to DEBUG, is checked for tokens.
            ((Logger) LoggerFactory.getLogger("dev.truecoding")).setLevel(Level.DEBUG);
            ((Logger) LoggerFactory.getLogger("org.springframework.web")).setLevel(Level.DEBUG);
            logs.start();
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A person in the database, without going through sign-up (for service-level tests). */
    String newUser() {
        String id = Ids.newId();
        jdbc.sql("INSERT INTO users (id, clerk_id, email, name) VALUES (?, ?, ?, ?)")
                .params(id, "local_" + id, id + "@example.com", "Test").update();
        return id;
    }

    Map<String, Object> userRow(String userId) {
        return jdbc.sql("SELECT * FROM users WHERE id = ?").param(userId).query().singleRow();
    }

    String userIdByEmail(String email) {
        return jdbc.sql("SELECT id FROM users WHERE email = ?").param(email).query(String.class).single();
    }

    /** No column of the person's row, no captured log line and none of {@code texts} holds any of the tokens. */
    void assertNoTokenAnywhere(String userId, List<String> tokens, String... texts) {
        String row = String.valueOf(userRow(userId));
        List<String> logLines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        for (String token : tokens) {
            assertThat(row).doesNotContain(token);
            assertThat(logLines).noneMatch(line -> line != null && line.contains(token));
            for (String text : texts) {
                assertThat(text).doesNotContain(token);
            }
        }
    }
}
