package dev.truecoding.change;

import dev.truecoding.system.Phrase;
import dev.truecoding.generation.PlanTables;
import dev.truecoding.plan.TechnicalPlan;

import java.util.List;
import java.util.Objects;

/**
 * What a change does to the live app's stored records: columns and tables added (and what existing rows get),
 * renamed (rows kept), dropped (with how many values or rows go), types narrowed and fields made required with no
 * default. Tables are compared as the generator names them; things move only along the renames the diff took.
 *
 * @param counted    whether the counts come from the live database; when not, {@code note} says why (in English)
 * @param notePhrase {@code note} as a phrase, for pages in the reader's language (null in older changes)
 */
public record DataEffects(List<DataEffect> effects, boolean counted, String note, Phrase notePhrase) {

    public DataEffects {
        effects = List.copyOf(effects);
    }

    /**
     * The effects of going from {@code before} to {@code after} as {@code diff} reads it, counted in {@code live}.
     * A database that cannot be counted in still gives every effect, with the counts left out.
     */
    public static DataEffects of(PlanDiff diff, TechnicalPlan before, TechnicalPlan after, LiveData live) {
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(before, "the technical plan the live app was built from");
        Objects.requireNonNull(after, "the proposed technical plan");
        PlanTables old = PlanTables.of(before);
        PlanTables now = PlanTables.of(after);
        try {
            return new DataEffects(new TableComparison(old, now, diff.renames(), live).effects(), true, null, null);
        } catch (LiveData.Unavailable e) {
            // The reason comes from the port in English (it names what failed); the sentence around it is translated.
            Phrase note = Phrase.of("change.effect.notCounted", e.getMessage());
            return new DataEffects(new TableComparison(old, now, diff.renames(), null).effects(), false,
                    note.english(), note);
        }
    }

    /** {@link #note()} in the language {@code say} speaks; null when everything was counted. */
    public String note(java.util.function.Function<Phrase, String> say) {
        return notePhrase == null ? note : say.apply(notePhrase);
    }

    public List<DataEffect> destructive() {
        return effects.stream().filter(DataEffect::destructive).toList();
    }

    /** Whether applying needs the owner to confirm that data goes. */
    public boolean losesData() {
        return effects.stream().anyMatch(DataEffect::destructive);
    }
}
