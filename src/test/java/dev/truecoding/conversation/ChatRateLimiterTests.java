package dev.truecoding.conversation;

import dev.truecoding.support.H2;
import dev.truecoding.system.RateLimitBuckets;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat's per-person limit holds across instances and restarts: its buckets are in the database. */
class ChatRateLimiterTests {

    private final JdbcClient jdbc = migratedDatabase();

    @Test
    void aPersonsMessagesCountOnEveryInstanceAndAfterARestart() {
        var one = new ChatRateLimiter(new RateLimitBuckets(jdbc), 3);
        var two = new ChatRateLimiter(new RateLimitBuckets(jdbc), 3);
        String ada = "c" + UUID.randomUUID();

        assertThat(one.tryAcquire(ada)).isZero();
        assertThat(two.tryAcquire(ada)).isZero();
        assertThat(one.tryAcquire(ada)).isZero();
        assertThat(two.tryAcquire(ada)).as("seconds to wait").isBetween(1L, 20L);

        var afterRestart = new ChatRateLimiter(new RateLimitBuckets(jdbc), 3);
        assertThat(afterRestart.tryAcquire(ada)).isPositive();
        assertThat(afterRestart.tryAcquire("c" + UUID.randomUUID())).as("someone else").isZero();

        var raisedLimit = new ChatRateLimiter(new RateLimitBuckets(jdbc), 100);
        assertThat(raisedLimit.tryAcquire(ada)).as("a new limit is not held to the old bucket").isZero();
    }

    private static JdbcClient migratedDatabase() {
        String url = H2.newUrl();
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        return JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
    }
}
