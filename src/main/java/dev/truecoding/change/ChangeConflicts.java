package dev.truecoding.change;

import dev.truecoding.git.MergeConflict;

import java.util.List;
import java.util.stream.Collectors;

/** A merge conflict said for the person: which files, which lines on each side, and the ways forward. */
final class ChangeConflicts {

    private static final int MAX_HUNK_LINES = 20;

    private ChangeConflicts() {
    }

    static String message(List<MergeConflict> conflicts) {
        return "The change conflicts with edits made in the repository, in " + conflicts.size() + " file"
                + (conflicts.size() == 1 ? "" : "s") + ": " + conflicts.stream().map(MergeConflict::path)
                .collect(Collectors.joining(", ")) + ". Nothing was committed and the previous version still serves. "
                + "Ways forward: apply it again keeping your version where both changed (resolveConflicts "
                + "\"repository\"), apply it again taking the generated side (resolveConflicts \"generated\"), or push "
                + "a fix of your own and apply it again.";
    }

    static String details(List<MergeConflict> conflicts) {
        StringBuilder text = new StringBuilder();
        for (MergeConflict conflict : conflicts) {
            text.append(conflict.path()).append(" (").append(conflict.kind().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ')).append(")\n");
            for (MergeConflict.Hunk hunk : conflict.hunks()) {
                text.append("  generated, from line ").append(hunk.generatedLine()).append(":\n");
                lines(text, hunk.generated());
                text.append("  repository, from line ").append(hunk.repositoryLine()).append(":\n");
                lines(text, hunk.repository());
            }
        }
        return text.toString().strip();
    }

    private static void lines(StringBuilder text, List<String> lines) {
        lines.stream().limit(MAX_HUNK_LINES).forEach(line -> text.append("    ").append(line).append('\n'));
        if (lines.size() > MAX_HUNK_LINES) {
            text.append("    … ").append(lines.size() - MAX_HUNK_LINES).append(" more lines\n");
        }
    }
}
