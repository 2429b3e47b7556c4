package dev.truecoding.support;

import java.time.Duration;
import java.util.function.Predicate;

/** Waiting in tests for something that happens in the background (a run's end), polling every 100 ms. */
public final class Await {

    private Await() {
    }

    /** A probe that may throw (an HTTP call, a MockMvc request). */
    @FunctionalInterface
    public interface Probe<T> {
        T get() throws Exception;
    }

    /** The first value of {@code probe} that is {@code done}; fails naming {@code what} after {@code timeout}. */
    public static <T> T until(String what, Duration timeout, Probe<T> probe, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen in " + timeout.toSeconds() + " s; last seen: " + value);
            }
            Thread.sleep(100);
            value = probe.get();
        }
        return value;
    }
}
