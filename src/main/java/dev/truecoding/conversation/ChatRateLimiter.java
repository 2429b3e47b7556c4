package dev.truecoding.conversation;

import dev.truecoding.system.RateLimitBuckets;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Per-person limit on chat messages (token buckets from Bucket4j): a burst, then a steady rate. Model calls
 * cost money and the guided assistant costs CPU; a script must not be able to spend either without bound.
 * The buckets live in the database, so the limit is the same whichever instance a message reaches.
 */
@Component
class ChatRateLimiter {

    private final RateLimitBuckets buckets;
    private final BucketConfiguration configuration;
    private final String keyPrefix;

    ChatRateLimiter(RateLimitBuckets buckets, @Value("${truecoding.chat.messages-per-minute:20}") int perMinute) {
        this.buckets = buckets;
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
        // A stored bucket keeps the configuration it was created with: a changed limit starts new buckets.
        this.keyPrefix = "chat:" + perMinute + "/min:";
    }

    /** @return seconds to wait, or 0 when the message may go now */
    long tryAcquire(String userId) {
        var probe = buckets.builder().build(keyPrefix + userId, () -> configuration).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
    }
}
