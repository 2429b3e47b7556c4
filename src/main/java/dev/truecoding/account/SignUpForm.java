package dev.truecoding.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * BCrypt reads at most 72 bytes, so longer passwords are refused rather than silently cut. The handle may be left
 * empty: one is then derived from the name, as the page suggests; a typed one is checked by {@link Handles}. The
 * messages are keys of the message bundles ({@code {key}}), so a refusal reads in the person's language.
 */
record SignUpForm(
        @NotBlank(message = "{validation.name.required}") @Size(max = 100, message = "{validation.atMost100}") String name,
        @NotBlank(message = "{validation.email.required}") @Email(message = "{validation.email.invalid}")
        @Size(max = 254, message = "{validation.atMost254}") String email,
        @NotBlank(message = "{validation.password.required}") @Size(min = 8, max = 72, message = "{validation.password.size}") String password,
        String handle) {

    /** Without a chosen handle: the derived one is taken. */
    SignUpForm(String name, String email, String password) {
        this(name, email, password, "");
    }

    static SignUpForm empty() {
        return new SignUpForm("", "", "", "");
    }
}
