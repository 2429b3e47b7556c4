package dev.truecoding.account;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** An account already proven by True Coding itself: a just-created account, or a valid access token. */
final class AccountAuthentication extends AbstractAuthenticationToken implements AuthenticatedAccount {

    private final SignedInUser account;

    AccountAuthentication(SignedInUser account) {
        super(AuthorityUtils.createAuthorityList("ROLE_USER"));
        this.account = account;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return account;
    }

    @Override
    public String getName() {
        return account.email();
    }

    @Override
    public SignedInUser account() {
        return account;
    }
}
