package dev.truecoding.change;

import java.util.List;

/**
 * One thing a new plan changes, said for a person.
 *
 * @param subject         what it is about, named as in the new plan ("Recipe.prepMinutes", "GET /api/recipes");
 *                        for a removal, as in the old one
 * @param previousSubject the old name of something renamed, else null
 * @param words           the change in a few words ("Add field Recipe.prepMinutes")
 * @param details         what else there is to know ("int, required, default 0"; "type string → int")
 */
public record PlanChange(PlanArea area, ChangeKind kind, String subject, String previousSubject, String words,
                         List<String> details) {

    public PlanChange {
        details = List.copyOf(details);
    }

    /** The words and the details in one line: "Change field Recipe.servings: type string → int, now required". */
    public String text() {
        if (details.isEmpty()) {
            return words;
        }
        return words + (kind == ChangeKind.CHANGED || kind == ChangeKind.RENAMED ? ": " : " (")
                + String.join(", ", details) + (kind == ChangeKind.CHANGED || kind == ChangeKind.RENAMED ? "" : ")");
    }
}
