package dev.truecoding.account;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The issuer's user, carrying the True Coding account it was matched to. */
class OidcAccountUser extends DefaultOidcUser implements AuthenticatedAccount {

    private final SignedInUser account;

    OidcAccountUser(OidcUser issuerUser, SignedInUser account) {
        super(issuerUser.getAuthorities(), issuerUser.getIdToken(), issuerUser.getUserInfo());
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
