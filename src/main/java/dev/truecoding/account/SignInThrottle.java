package dev.truecoding.account;

import dev.truecoding.system.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Failed sign-ins counted per account and per client address in the database ({@code sign_in_failures}), so
 * every instance sees the same counts. The first few failures are answered at once; past them each attempt
 * must wait (2 s, 4 s, 8 s … up to a minute by default); at the lock threshold the key is locked for a while. Attempts are
 * checked before the password is, so a locked account tells a guesser nothing. A success clears the account's
 * count, not the address's: a guesser cannot reset an address by signing in to an account of their own.
 */
@Component
class SignInThrottle {

    record Refusal(Duration retryAfter, String message) {
    }

    private record Policy(String who, int freeFailures, int lockAfter) {
    }

    private record Failures(int failures, LocalDateTime lastFailureAt, LocalDateTime lockedUntil) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SignInThrottleSettings settings;
    private final Policy account;
    private final Policy address;
    private final AtomicReference<LocalDateTime> lastCleanup = new AtomicReference<>(LocalDateTime.MIN);

    SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactionManager, SignInThrottleSettings settings) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.settings = settings;
        this.account = new Policy("for this account", settings.accountFreeFailures(), settings.accountLockAfter());
        this.address = new Policy("from your network address", settings.addressFreeFailures(), settings.addressLockAfter());
    }

    /** Why an attempt for {@code email} from {@code remoteAddress} may not be checked now, if it may not. */
    Optional<Refusal> refusal(String email, String remoteAddress) {
        LocalDateTime now = Clock.nowUtc();
        return Stream.of(refusal(accountKey(email), account, now), refusal(addressKey(remoteAddress), address, now))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(Refusal::retryAfter));
    }

    void failed(String email, String remoteAddress) {
        record(accountKey(email), account);
        record(addressKey(remoteAddress), address);
        forgetOldFailures();
    }

    void succeeded(String email) {
        String key = accountKey(email);
        if (key != null) {
            jdbc.sql("DELETE FROM sign_in_failures WHERE throttle_key = ?").param(key).update();
        }
    }

    private Optional<Refusal> refusal(String key, Policy policy, LocalDateTime now) {
        if (key == null) {
            return Optional.empty();
        }
        Optional<Failures> found = jdbc.sql("SELECT failures, last_failure_at, locked_until FROM sign_in_failures WHERE throttle_key = ?")
                .param(key).query(Failures.class).optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Failures failures = found.get();
        if (failures.lockedUntil() != null && failures.lockedUntil().isAfter(now)) {
            Duration left = Duration.between(now, failures.lockedUntil());
            return Optional.of(new Refusal(left, "Too many failed sign-ins " + policy.who() + ": signing in is locked for "
                    + readable(left) + ". Try again then."));
        }
        if (forgotten(failures, now) || failures.failures() <= policy.freeFailures()) {
            return Optional.empty();
        }
        LocalDateTime allowedAt = failures.lastFailureAt().plus(delay(failures.failures() - policy.freeFailures()));
        if (!allowedAt.isAfter(now)) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, allowedAt);
        return Optional.of(new Refusal(wait, "Too many failed sign-ins " + policy.who() + ": wait " + readable(wait)
                + " before trying again."));
    }

    /** One more failure under {@code key}, counted atomically however many instances record at once. */
    private void record(String key, Policy policy) {
        if (key == null) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> recordLocked(key, policy));
        } catch (DuplicateKeyException anotherInstanceInsertedFirst) {
            transactions.executeWithoutResult(status -> recordLocked(key, policy));
        }
    }

    private void recordLocked(String key, Policy policy) {
        LocalDateTime now = Clock.nowUtc();
        Optional<Failures> found = jdbc.sql("SELECT failures, last_failure_at, locked_until FROM sign_in_failures WHERE throttle_key = ? FOR UPDATE")
                .param(key).query(Failures.class).optional();
        int failures = found.filter(previous -> !forgotten(previous, now)).map(previous -> previous.failures() + 1).orElse(1);
        LocalDateTime lockedUntil = failures >= policy.lockAfter() ? now.plus(settings.lockDuration()) : null;
        if (found.isEmpty()) {
            jdbc.sql("INSERT INTO sign_in_failures (throttle_key, failures, last_failure_at, locked_until) VALUES (?, ?, ?, ?)")
                    .params(key, failures, now, lockedUntil).update();
        } else {
            jdbc.sql("UPDATE sign_in_failures SET failures = ?, last_failure_at = ?, locked_until = ? WHERE throttle_key = ?")
                    .params(failures, now, lockedUntil, key).update();
        }
    }

    /** Failures older than a lock's length, with no lock still running, no longer count. */
    private boolean forgotten(Failures failures, LocalDateTime now) {
        boolean locked = failures.lockedUntil() != null && failures.lockedUntil().isAfter(now);
        return !locked && failures.lastFailureAt().plus(settings.lockDuration()).isBefore(now);
    }

    private Duration delay(int failuresPastFree) {
        Duration delay = settings.firstDelay().multipliedBy(1L << Math.min(failuresPastFree - 1, 20));
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    /** At most once a minute per instance: rows whose failures no longer count are deleted. */
    private void forgetOldFailures() {
        LocalDateTime now = Clock.nowUtc();
        LocalDateTime previous = lastCleanup.get();
        if (previous.plusMinutes(1).isAfter(now) || !lastCleanup.compareAndSet(previous, now)) {
            return;
        }
        jdbc.sql("DELETE FROM sign_in_failures WHERE last_failure_at < ? AND (locked_until IS NULL OR locked_until < ?)")
                .params(now.minus(settings.lockDuration()), now).update();
    }

    private static String readable(Duration duration) {
        long seconds = Math.max(1, (duration.toMillis() + 999) / 1000);
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        return ((seconds + 59) / 60) + " minutes";
    }

    static String accountKey(String email) {
        return email == null || email.isBlank() ? null : hash("account:" + AccountService.normalizeEmail(email));
    }

    private static String addressKey(String remoteAddress) {
        return remoteAddress == null || remoteAddress.isBlank() ? null : hash("address:" + remoteAddress);
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
