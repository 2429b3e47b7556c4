package dev.truecoding.account;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

/** A local account as Spring Security's form login sees it. */
class LocalAccountDetails extends User implements AuthenticatedAccount {

    private final SignedInUser account;

    LocalAccountDetails(SignedInUser account, String passwordHash) {
        super(account.email(), passwordHash, AuthorityUtils.createAuthorityList("ROLE_USER"));
        this.account = account;
    }

    @Override
    public SignedInUser account() {
        return account;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
