package dev.truecoding.change;

import dev.truecoding.system.Phrase;
import dev.truecoding.git.MergeConflict;

import java.util.List;
import java.util.stream.Collectors;

/** A merge conflict said for the person: which files, which lines on each side, and the ways forward. */
final class ChangeConflicts {

    private static final int MAX_HUNK_LINES = 20;

    private ChangeConflicts() {
    }

    /** Which files conflict and the ways forward, in the reader's language (the API's words: English). */
    static Phrase message(List<MergeConflict> conflicts) {
        return Phrase.of("change.conflicts", conflicts.size(), conflicts.stream().map(MergeConflict::path)
                .collect(Collectors.joining(", ")));
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
