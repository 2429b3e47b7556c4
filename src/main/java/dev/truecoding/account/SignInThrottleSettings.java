package dev.truecoding.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How failed sign-ins are slowed and then locked ({@code truecoding.sign-in}). An account is one person, so it
 * gets few tries; an address may be a whole office behind one router, so it gets more.
 *
 * @param accountFreeFailures failures for one account answered at once
 * @param accountLockAfter    failures for one account that lock it for {@link #lockDuration}
 * @param addressFreeFailures failures from one address answered at once
 * @param addressLockAfter    failures from one address that lock it
 * @param firstDelay          the wait after the first failure past the free ones; doubled with each further failure
 * @param maxDelay            the longest such wait
 * @param lockDuration        how long a lock lasts; failures older than this are forgotten
 */
@ConfigurationProperties("truecoding.sign-in")
record SignInThrottleSettings(
        @DefaultValue("3") int accountFreeFailures,
        @DefaultValue("10") int accountLockAfter,
        @DefaultValue("10") int addressFreeFailures,
        @DefaultValue("50") int addressLockAfter,
        @DefaultValue("2s") Duration firstDelay,
        @DefaultValue("60s") Duration maxDelay,
        @DefaultValue("15m") Duration lockDuration) {
}
