package dev.truecoding.change;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The owner's answer to a possible rename ({@code POST /api/changes/{id}/renames}): {@code from} and {@code to}
 * as the diff names them ({@code Member.phone}, {@code Member.mobile}; or {@code Meeting}, {@code Gathering}), and
 * whether it is a rename (the rows move) or a removal plus an addition.
 */
public record RenameAnswer(@NotBlank @Size(max = 200) String from, @NotBlank @Size(max = 200) String to,
                           @NotNull Boolean rename) {

    boolean answers(PossibleRename possible) {
        return possible.from().equals(from) && possible.to().equals(to);
    }
}
