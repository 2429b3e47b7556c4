package dev.truecoding.conversation;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-person limit on chat messages (token buckets from Bucket4j): a burst, then a steady rate. Model calls
 * cost money and the guided assistant costs CPU; a script must not be able to spend either without bound.
 */
@Component
class ChatRateLimiter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;

    ChatRateLimiter(@Value("${truecoding.chat.messages-per-minute:20}") int perMinute) {
        this.perMinute = perMinute;
    }

    /** @return seconds to wait, or 0 when the message may go now */
    long tryAcquire(String userId) {
        Bucket bucket = buckets.computeIfAbsent(userId, id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
    }
}
