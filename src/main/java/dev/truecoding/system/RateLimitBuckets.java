package dev.truecoding.system;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Bucket4j buckets kept in the database ({@code rate_limit_buckets}), so a limit holds across restarts and
 * instances. Bucket4j computes each new state itself; this only reads a bucket's bytes and replaces them if
 * nobody else did in between (compare-and-swap: Bucket4j retries when another instance won), which needs no
 * row lock and the same SQL on PostgreSQL and H2.
 */
@Component
public class RateLimitBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    private final JdbcClient jdbc;

    public RateLimitBuckets(JdbcClient jdbc) {
        super(ClientSideConfig.getDefault());
        this.jdbc = jdbc;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return jdbc.sql("SELECT state FROM rate_limit_buckets WHERE bucket_key = ?").param(key)
                        .query((rs, row) -> rs.getBytes(1)).optional();
            }

            @Override
            public boolean compareAndSwap(byte[] original, byte[] updated, RemoteBucketState state, Optional<Long> timeoutNanos) {
                if (original == null) {
                    try {
                        return jdbc.sql("INSERT INTO rate_limit_buckets (bucket_key, state, updated_at) VALUES (?, ?, ?)")
                                .params(key, updated, Clock.nowUtc()).update() == 1;
                    } catch (DuplicateKeyException anotherInstanceCreatedIt) {
                        return false;
                    }
                }
                return jdbc.sql("UPDATE rate_limit_buckets SET state = ?, updated_at = ? WHERE bucket_key = ? AND state = ?")
                        .params(updated, Clock.nowUtc(), key, original).update() == 1;
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("Buckets in the database are used synchronously");
    }

    @Override
    public void removeProxy(String key) {
        jdbc.sql("DELETE FROM rate_limit_buckets WHERE bucket_key = ?").param(key).update();
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException("Buckets in the database are used synchronously");
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }
}
