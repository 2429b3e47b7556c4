package dev.truecoding.change;

import dev.truecoding.system.Phrase;
import dev.truecoding.plan.Renames;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a new version of the plans changes: each change in words (new-plan order: the data model, then pages,
 * endpoints, components, variables, the stack and the rest, then features), what might be a rename to ask about,
 * the renames that were taken, and the same change as RFC 6902 JSON Patch of each plan's JSON.
 *
 * @param renames        the declared renames that held (both names found where they should be); data moves only along these
 * @param technicalPatch the operations turning the old technical plan's JSON into the new one
 * @param businessPatch  the same for the business plan ({@code []} when neither version has one or it did not change)
 */
public record PlanDiff(List<PlanChange> changes, List<PossibleRename> possibleRenames, Renames renames,
                       JsonNode technicalPatch, JsonNode businessPatch) {

    private static final int SUMMARY_CHANGES = 4;

    public PlanDiff {
        changes = List.copyOf(changes);
        possibleRenames = List.copyOf(possibleRenames);
        Objects.requireNonNull(renames, "renames");
    }

    /** Compares two versions of the plans; {@code declared} are the renames the change said explicitly. */
    public static PlanDiff between(Plans before, Plans after, Renames declared) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        DataModelComparison dataModel = new DataModelComparison();
        dataModel.compare(before.technical() == null ? null : before.technical().dataModel(),
                after.technical() == null ? null : after.technical().dataModel(),
                declared == null ? Renames.NONE : declared);
        List<PlanChange> changes = new ArrayList<>(dataModel.changes());
        TechnicalComparison.compare(before.technical(), after.technical(), changes);
        BusinessComparison.compare(before.business(), after.business(), changes);
        return new PlanDiff(changes, dataModel.possibleRenames(), dataModel.taken(),
                JsonPatches.between(before.technical(), after.technical()),
                JsonPatches.between(before.business(), after.business()));
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<PlanChange> changes(PlanArea area) {
        return changes.stream().filter(change -> change.area() == area).toList();
    }

    /**
     * The change in one line, fit for a commit message: "Add field Recipe.prepMinutes; rename entity Meeting to
     * Gathering", the first few changes and how many more.
     */
    public String summary() {
        return summary(changes, Phrase::english);
    }

    /** {@link #summary()} of {@code changes} in the language {@code say} speaks. */
    public static String summary(List<PlanChange> changes, Function<Phrase, String> say) {
        if (changes.isEmpty()) {
            return say.apply(Phrase.of("change.summary.none"));
        }
        List<String> words = new ArrayList<>();
        changes.stream().limit(SUMMARY_CHANGES).forEach(change -> {
            String text = change.words(say);
            words.add(words.isEmpty() ? text : Words.lowerFirst(text));
        });
        String line = String.join("; ", words);
        int more = changes.size() - SUMMARY_CHANGES;
        return more > 0 ? say.apply(Phrase.of("change.summary.more", line, more)) : line;
    }
}
