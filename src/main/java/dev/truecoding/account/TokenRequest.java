package dev.truecoding.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a token is for, so its owner recognises it later ("laptop git", "CI script"). */
record TokenRequest(
        @NotBlank(message = "Give the token a name.") @Size(max = 100, message = "At most 100 characters.") String name) {
}
