package dev.truecoding.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of create and rename, from a form or JSON. Control characters would break pages and repository names. */
record ProjectName(
        @NotBlank(message = "Give your project a name.")
        @Size(max = 100, message = "At most 100 characters.")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "Line breaks and control characters are not allowed.")
        String name) {

    static final int MAX_LENGTH = 100;

    String clean() {
        return name.strip().replaceAll("\\s+", " ");
    }
}
