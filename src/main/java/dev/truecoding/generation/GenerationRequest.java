package dev.truecoding.generation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The seed's {@code GenerationRequest}, plus the git host to use ({@code builtin} or {@code github}); without
 * it, the project's current host, else GitHub when connected, else the built-in host.
 */
public record GenerationRequest(
        @NotBlank @Size(max = 100) String projectId,
        @Pattern(regexp = "builtin|github", message = "must be builtin or github") String host) {
}
