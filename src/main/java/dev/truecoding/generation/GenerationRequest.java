package dev.truecoding.generation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * The seed's {@code GenerationRequest}, plus the git host to use ({@code builtin} or {@code github}); without
 * it, the project's current host, else GitHub when connected, else the built-in host.
 *
 * @param budget a smaller budget for the code writer on this generation than the settings'
 *               ({@code truecoding.generation.budget}), which it can lower but never raise; null: the settings'
 */
public record GenerationRequest(
        @NotBlank @Size(max = 100) String projectId,
        @Pattern(regexp = "builtin|github", message = "must be builtin or github") String host,
        @Valid Budget budget) {

    public GenerationRequest(String projectId, String host) {
        this(projectId, host, null);
    }

    /**
     * @param tokens tokens in and out together; null or 0: the settings' limit
     * @param cost   in the price table's currency; null or 0: the settings' limit
     */
    public record Budget(
            @PositiveOrZero @Max(100_000_000) Long tokens,
            @DecimalMin("0") @DecimalMax("10000") BigDecimal cost) {
    }
}
