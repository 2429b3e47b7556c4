package dev.truecoding.assistant.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTests {

    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(20));

    @Test
    void backsOffExponentiallyUpToTheMaximum() {
        assertThat(policy.delayAfter(1, null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(2, null)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(10, null)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void honoursRetryAfterButNotBeyondTheMaximum() {
        assertThat(policy.delayAfter(1, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.delayAfter(1, Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void readsRetryAfterInItsThreeForms() {
        assertThat(FailureClassifier.retryAfter(null, "3")).isEqualTo(Duration.ofSeconds(3));
        assertThat(FailureClassifier.retryAfter("250", "3")).isEqualTo(Duration.ofMillis(250));
        assertThat(FailureClassifier.retryAfter(null, "Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(FailureClassifier.retryAfter(null, "soon")).isNull();
    }
}
