package dev.truecoding.change;

import dev.truecoding.system.Phrase;
import java.util.List;
import java.util.function.Function;

/**
 * One thing a new plan changes, said for a person.
 *
 * @param subject         what it is about, named as in the new plan ("Recipe.prepMinutes", "GET /api/recipes");
 *                        for a removal, as in the old one
 * @param previousSubject the old name of something renamed, else null
 * @param words           the change in a few words, in English ("Add field Recipe.prepMinutes")
 * @param details         what else there is to know, in English ("int, required, default 0"; "type string → int")
 * @param phrase          {@code words} as a phrase, for pages in the reader's language (null in changes stored
 *                        before phrases were kept: those read in English)
 * @param detailPhrases   {@code details} as phrases, likewise
 */
public record PlanChange(PlanArea area, ChangeKind kind, String subject, String previousSubject, String words,
                         List<String> details, Phrase phrase, List<Phrase> detailPhrases) {

    public PlanChange {
        details = List.copyOf(details);
        detailPhrases = detailPhrases == null ? null : List.copyOf(detailPhrases);
    }

    /** A change said as phrases; its English words and details come from them. */
    static PlanChange of(PlanArea area, ChangeKind kind, String subject, String previousSubject, Phrase phrase,
                         List<Phrase> details) {
        return new PlanChange(area, kind, subject, previousSubject, phrase.english(),
                details.stream().map(Phrase::english).toList(), phrase, details);
    }

    /** The words and the details in one line: "Change field Recipe.servings: type string → int, now required". */
    public String text() {
        return line(words, details);
    }

    /** {@link #text()} in the language {@code say} speaks. */
    public String text(Function<Phrase, String> say) {
        if (phrase == null || detailPhrases == null) {
            return text();
        }
        return line(say.apply(phrase), detailPhrases.stream().map(say).toList());
    }

    /** {@link #words()} in the language {@code say} speaks. */
    public String words(Function<Phrase, String> say) {
        return phrase == null ? words : say.apply(phrase);
    }

    private String line(String headline, List<String> more) {
        if (more.isEmpty()) {
            return headline;
        }
        boolean colon = kind == ChangeKind.CHANGED || kind == ChangeKind.RENAMED;
        return headline + (colon ? ": " : " (") + String.join(", ", more) + (colon ? "" : ")");
    }
}
