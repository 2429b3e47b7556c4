package dev.truecoding.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of create and rename, from a form or JSON. Control characters would break pages and repository names.
 * The messages are keys of the message bundles, so a refusal reads in the person's language.
 */
record ProjectName(
        @NotBlank(message = "{validation.projectName.required}")
        @Size(max = 100, message = "{validation.atMost100}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{validation.projectName.controlCharacters}")
        String name) {

    static final int MAX_LENGTH = 100;

    String clean() {
        return name.strip().replaceAll("\\s+", " ");
    }
}
