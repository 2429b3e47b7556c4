package dev.truecoding.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Form login by email and password; OIDC-only accounts have no password and cannot sign in this way. Not a bean:
 * {@link ThrottledPasswordSignIn} is the one way in, so Spring Security must not build a login of its own from it.
 */
class LocalAccountDetailsService implements UserDetailsService {

    private final UserRepository users;

    LocalAccountDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        var user = users.findByEmail(AccountService.normalizeEmail(email))
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
        var hash = users.findPasswordHash(user.id())
                .orElseThrow(() -> new UsernameNotFoundException("No password for this account"));
        return new LocalAccountDetails(user.toSignedInUser(), hash);
    }
}
