package dev.truecoding.system;

import dev.truecoding.support.H2;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances of True Coding (two bucket stores on one database) share each limit exactly (PostgreSQL in a subclass). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitBucketsTests {

    private static final BucketConfiguration FIVE_PER_HOUR = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder().capacity(5).refillGreedy(5, Duration.ofHours(1)).build()).build();

    RateLimitBuckets first;
    RateLimitBuckets second;

    DataSource dataSource() {
        String url = H2.newUrl();
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        return new DriverManagerDataSource(url, "sa", "");
    }

    @BeforeAll
    void twoInstances() {
        DataSource dataSource = dataSource();
        first = new RateLimitBuckets(JdbcClient.create(dataSource));
        second = new RateLimitBuckets(JdbcClient.create(dataSource));
    }

    @Test
    void oneLimitAcrossInstances() {
        String key = "chat:" + UUID.randomUUID();
        assertThat(first.builder().build(key, () -> FIVE_PER_HOUR).tryConsume(3)).isTrue();
        assertThat(second.builder().build(key, () -> FIVE_PER_HOUR).tryConsume(2)).isTrue();

        assertThat(first.builder().build(key, () -> FIVE_PER_HOUR).tryConsume(1)).isFalse();
        assertThat(second.builder().build(key, () -> FIVE_PER_HOUR).tryConsume(1)).isFalse();
        assertThat(first.builder().build("chat:" + UUID.randomUUID(), () -> FIVE_PER_HOUR).tryConsume(1))
                .as("another person's bucket").isTrue();
    }

    @Test
    void racingInstancesNeverHandOutMoreThanTheLimit() throws Exception {
        String key = "chat:" + UUID.randomUUID();
        AtomicInteger granted = new AtomicInteger();
        try (var threads = Executors.newFixedThreadPool(8)) {
            var attempts = new java.util.ArrayList<Future<?>>();
            for (int i = 0; i < 16; i++) {
                RateLimitBuckets instance = i % 2 == 0 ? first : second;
                attempts.add(threads.submit(() -> {
                    if (instance.builder().build(key, () -> FIVE_PER_HOUR).tryConsume(1)) {
                        granted.incrementAndGet();
                    }
                }));
            }
            for (Future<?> attempt : attempts) {
                attempt.get();
            }
        }
        assertThat(granted).hasValue(5);
    }
}
