package dev.truecoding.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form login by email and password, through the {@link SignInThrottle}: a throttled attempt is refused before
 * the password is checked; a wrong password (or an unknown email, indistinguishably) counts as a failure.
 */
class ThrottledPasswordSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledPasswordSignIn(DaoAuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        var refusal = throttle.refusal(email, address);
        if (refusal.isPresent()) {
            throw new SignInThrottledException(refusal.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(email);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(email, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
