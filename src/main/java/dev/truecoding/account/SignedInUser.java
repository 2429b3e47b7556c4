package dev.truecoding.account;

import java.io.Serializable;

/**
 * The person behind a request, however they signed in (password, OIDC or a personal access token).
 * Controllers of any module take it as a parameter.
 *
 * @param handle the readable name their repositories live under (see {@link Handles}); null for a session begun
 *               before people had handles, or a person built without one, who then go by their id
 */
public record SignedInUser(String id, String email, String name, String handle) implements Serializable {

    /** A person without a handle (tests, services that only need the id). */
    public SignedInUser(String id, String email, String name) {
        this(id, email, name, null);
    }

    public String displayName() {
        return name == null || name.isBlank() ? email : name;
    }

    /** What addresses name this person by: the handle, or the id where there is none yet. */
    public String addressName() {
        return handle == null || handle.isBlank() ? id : handle;
    }
}
