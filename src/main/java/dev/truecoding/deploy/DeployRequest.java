package dev.truecoding.deploy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The seed's {@code DeployRequest}, plus the deployer to use ({@code builtin} or {@code vercel}); without it,
 * Vercel when the repository is on GitHub and Vercel is connected, else the built-in deployer.
 */
public record DeployRequest(
        @NotBlank @Size(max = 100) String projectId,
        @Pattern(regexp = "builtin|vercel", message = "must be builtin or vercel") String target) {
}
