package dev.truecoding.account;

import java.io.Serializable;

/**
 * The person behind a request, however they signed in (password, OIDC or a personal access token).
 * Controllers of any module take it as a parameter.
 */
public record SignedInUser(String id, String email, String name) implements Serializable {

    public String displayName() {
        return name == null || name.isBlank() ? email : name;
    }
}
