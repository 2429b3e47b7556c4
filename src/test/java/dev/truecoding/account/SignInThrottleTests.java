package dev.truecoding.account;

import dev.truecoding.support.H2;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's arithmetic on the embedded database (and on PostgreSQL in a subclass), with short waits: free
 * failures, then doubling waits, then a lock that ends, per account and per address, counted exactly across
 * threads as it would be across instances.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInThrottleTests {

    static final SignInThrottleSettings FAST = new SignInThrottleSettings(2, 5, 4, 8,
            Duration.ofMillis(300), Duration.ofMillis(600), Duration.ofSeconds(2));

    SignInThrottle throttle;
    JdbcClient jdbc;

    DataSource dataSource() {
        String url = H2.newUrl();
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        return new DriverManagerDataSource(url, "sa", "");
    }

    @BeforeAll
    void migrate() {
        DataSource dataSource = dataSource();
        jdbc = JdbcClient.create(dataSource);
        throttle = new SignInThrottle(jdbc, new DataSourceTransactionManager(dataSource), FAST);
    }

    @Test
    void anAccountIsSlowedThenLockedThenFree() throws InterruptedException {
        String email = email();
        String address = address();
        throttle.failed(email, address);
        throttle.failed(email, address);
        assertThat(throttle.refusal(email, address)).as("two failures are free").isEmpty();

        throttle.failed(email, address);
        var slowed = throttle.refusal(email, address);
        assertThat(slowed).hasValueSatisfying(refusal -> {
            assertThat(refusal.message()).startsWith("Too many failed sign-ins for this account: wait 1 second");
            assertThat(refusal.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMillis(300));
        });
        assertThat(throttle.refusal(email.toUpperCase(), address())).as("the same account from elsewhere").isPresent();

        Thread.sleep(350);
        assertThat(throttle.refusal(email, address)).as("the wait is over").isEmpty();
        throttle.failed(email, address);
        assertThat(throttle.refusal(email, address).orElseThrow().retryAfter()).isGreaterThan(Duration.ofMillis(300));

        throttle.failed(email, address);
        assertThat(throttle.refusal(email, address)).hasValueSatisfying(refusal -> {
            assertThat(refusal.message()).contains("signing in is locked for 2 seconds");
            assertThat(refusal.retryAfter()).isGreaterThan(Duration.ofMillis(1500));
        });

        Thread.sleep(2100);
        assertThat(throttle.refusal(email, address)).as("the lock has ended").isEmpty();
        throttle.failed(email, address);
        assertThat(throttle.refusal(email, address)).as("and the old failures are forgotten").isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountButNotTheAddress() {
        String address = address();
        for (int i = 0; i < 5; i++) {
            throttle.failed(email(), address);
        }
        String email = email();
        throttle.failed(email, address);
        throttle.failed(email, address);
        throttle.failed(email, address);
        throttle.succeeded(email);

        assertThat(throttle.refusal(email, address())).as("the account is clear").isEmpty();
        assertThat(throttle.refusal(email(), address)).hasValueSatisfying(refusal ->
                assertThat(refusal.message()).startsWith("Too many failed sign-ins from your network address"));
    }

    @Test
    void failuresAtTheSameTimeAreAllCounted() throws InterruptedException {
        String email = email();
        try (var threads = Executors.newFixedThreadPool(8)) {
            IntStream.range(0, 5).forEach(i -> threads.submit(() -> throttle.failed(email, null)));
        }
        assertThat(jdbc.sql("SELECT failures FROM sign_in_failures WHERE throttle_key = ?")
                .param(SignInThrottle.accountKey(email)).query(Integer.class).single()).isEqualTo(5);
        assertThat(throttle.refusal(email, null).orElseThrow().message()).contains("locked");
    }

    @Test
    void whatPeopleTypedIsNotStored() {
        String email = "typed-" + UUID.randomUUID() + "@example.com";
        throttle.failed(email, "198.51.100.23");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_failures WHERE throttle_key LIKE ? OR throttle_key LIKE ?")
                .params("%typed-%", "%198.51.100.23%").query(Long.class).single()).isZero();
    }

    static String email() {
        return "guess-" + UUID.randomUUID() + "@example.com";
    }

    static String address() {
        return "203.0." + (int) (Math.random() * 255) + "." + (int) (Math.random() * 255) + "-" + UUID.randomUUID();
    }
}
