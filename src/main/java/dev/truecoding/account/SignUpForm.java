package dev.truecoding.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * BCrypt reads at most 72 bytes, so longer passwords are refused rather than silently cut. The handle may be left
 * empty: one is then derived from the name, as the page suggests; a typed one is checked by {@link Handles}.
 */
record SignUpForm(
        @NotBlank(message = "Tell us your name.") @Size(max = 100, message = "At most 100 characters.") String name,
        @NotBlank(message = "An email address is required.") @Email(message = "This is not an email address.")
        @Size(max = 254, message = "At most 254 characters.") String email,
        @NotBlank(message = "Choose a password.") @Size(min = 8, max = 72, message = "Between 8 and 72 characters.") String password,
        String handle) {

    /** Without a chosen handle: the derived one is taken. */
    SignUpForm(String name, String email, String password) {
        this(name, email, password, "");
    }

    static SignUpForm empty() {
        return new SignUpForm("", "", "", "");
    }
}
