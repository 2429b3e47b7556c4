package dev.truecoding.change;

import dev.truecoding.plan.Renames;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * A change's diff as the API shows it (names fixed by the issue): the changes in words, the RFC 6902 patch of
 * each plan, what might be a rename still to be answered, and the renames taken.
 */
public record ChangeDiff(List<PlanChange> changes, JsonNode technicalPatch, JsonNode businessPatch,
                         List<PossibleRename> possibleRenames, Renames renames) {

    public ChangeDiff {
        changes = List.copyOf(changes);
        possibleRenames = List.copyOf(possibleRenames);
    }

    /** The diff without the possible renames the owner said are not renames. */
    static ChangeDiff of(PlanDiff diff, List<RenameAnswer> answers) {
        List<PossibleRename> open = diff.possibleRenames().stream()
                .filter(possible -> answers.stream().noneMatch(answer -> answer.answers(possible))).toList();
        return new ChangeDiff(diff.changes(), diff.technicalPatch(), diff.businessPatch(), open, diff.renames());
    }
}
