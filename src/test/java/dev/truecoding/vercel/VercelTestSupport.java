package dev.truecoding.vercel;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.truecoding.system.DatabaseUrl;
import dev.truecoding.system.Ids;
import dev.truecoding.vercel.fake.FakeVercel;
import dev.truecoding.vercel.fake.FakeVercel.Request;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a real port against one {@link FakeVercel}, on an in-memory database of its own; every
 * test class extending this shares the context. Waits are cut to milliseconds. Log events are captured so tests can
 * check no token or secret value is logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "truecoding.data-dir=target/test-data-vercel",
        "truecoding.database-url=jdbc:h2:mem:truecoding-vercel-tests" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1",
        "truecoding.vercel.client-id=" + FakeVercel.CLIENT_ID,
        "truecoding.vercel.client-secret=" + FakeVercel.CLIENT_SECRET,
        "truecoding.vercel.integration-slug=" + FakeVercel.SLUG,
        "truecoding.vercel.rate-limit-max-wait=3s",
        "truecoding.vercel.rate-limit-retries=2",
        "truecoding.vercel.server-error-retries=2",
        "truecoding.vercel.server-error-backoff=20ms",
        "truecoding.vercel.poll-interval=10ms",
        "truecoding.vercel.poll-max-interval=40ms",
        "truecoding.vercel.deploy-timeout=5s"})
abstract class VercelTestSupport {

    static final FakeVercel vercel = new FakeVercel();
    static final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void useTheFake(DynamicPropertyRegistry registry) {
        registry.add("truecoding.vercel.api-url", vercel::url);
        registry.add("truecoding.vercel.web-url", vercel::url);
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

    static String newToken() {
        return "vt" + UUID.randomUUID().toString().replace("-", "");
    }

    static String newUsername() {
        return "dev" + UUID.randomUUID().toString().substring(0, 8);
    }

    Map<String, Object> userRow(String userId) {
        return jdbc.sql("SELECT * FROM users WHERE id = ?").param(userId).query().singleRow();
    }

    String userIdByEmail(String email) {
        return jdbc.sql("SELECT id FROM users WHERE email = ?").param(email).query(String.class).single();
    }

    /** The fake's requests made with {@code token}: the fake is shared, so tests tell theirs apart by the token. */
    static List<Request> callsWith(String token) {
        return vercel.requests().stream().filter(r -> String.valueOf(r.headers().get("Authorization")).contains(token)).toList();
    }

    /** No column of the person's row, no captured log line and none of {@code texts} holds any of the secrets. */
    void assertNoSecretAnywhere(String userId, List<String> secrets, String... texts) {
        String row = String.valueOf(userRow(userId));
        List<String> logLines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        for (String secret : secrets) {
            assertThat(row).doesNotContain(secret);
            assertThat(logLines).noneMatch(line -> line != null && line.contains(secret));
            for (String text : texts) {
                assertThat(text).doesNotContain(secret);
            }
        }
    }
}
