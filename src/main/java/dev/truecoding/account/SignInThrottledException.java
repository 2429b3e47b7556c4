package dev.truecoding.account;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Too many failed sign-ins for an account or from an address: the attempt was not checked. */
public class SignInThrottledException extends AuthenticationException {

    private final transient Duration retryAfter;

    SignInThrottledException(SignInThrottle.Refusal refusal) {
        super(refusal.message());
        this.retryAfter = refusal.retryAfter();
    }

    /** How long until an attempt will be checked again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
