package dev.truecoding.account;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** After Spring Security has verified the ID token, finds or creates the True Coding account for its subject. */
class OidcAccountUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService issuerUsers = new OidcUserService();
    private final AccountService accounts;

    OidcAccountUserService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser issuerUser = issuerUsers.loadUser(request);
        var identity = new OidcIdentity(issuerUser.getSubject(), issuerUser.getEmail(),
                issuerUser.getFullName() != null ? issuerUser.getFullName() : issuerUser.getGivenName(),
                issuerUser.getPicture());
        try {
            return new OidcAccountUser(issuerUser, accounts.signInWithOidc(identity));
        } catch (OidcSignInRefusedException refused) {
            throw new OAuth2AuthenticationException(new OAuth2Error("account_conflict", refused.getMessage(), null),
                    refused.getMessage());
        }
    }
}
