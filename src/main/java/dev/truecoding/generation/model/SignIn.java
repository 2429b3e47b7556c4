package dev.truecoding.generation.model;

import java.util.Locale;

/**
 * Sign-in of the generated app (Better Auth, email and password, its tables in the app's own database), present
 * when the plan asks for it. {@code person} is the entity that stands for the signed-in person (User, Member,
 * Author…), linked to the account; null when the data model has none that can be made from an account.
 *
 * @param library the auth library the plan named ("Auth.js"), or null
 */
public record SignIn(String library, EntityNames person) {

    public boolean hasPerson() {
        return person != null;
    }

    /**
     * The plan names Clerk: the app signs in with email and password as any other, and switches to Clerk when
     * CLERK_SECRET_KEY and NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY are set in its environment.
     */
    public boolean clerk() {
        return library != null && library.toLowerCase(Locale.ROOT).contains("clerk");
    }
}
