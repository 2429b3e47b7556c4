package dev.truecoding.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a token is for, so its owner recognises it later ("laptop git", "CI script"). Messages: bundle keys. */
record TokenRequest(
        @NotBlank(message = "{validation.tokenName.required}") @Size(max = 100, message = "{validation.atMost100}") String name) {
}
