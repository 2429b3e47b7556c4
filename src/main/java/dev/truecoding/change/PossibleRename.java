package dev.truecoding.change;

import dev.truecoding.system.Phrase;
/**
 * Something removed and something added with the same shape: perhaps one thing renamed. It is never taken as a
 * rename (that would move the stored records); the person is asked, and {@code notation} is how to say yes (the
 * notation keeps its English keywords in every language).
 *
 * @param question       the question in English
 * @param questionPhrase the question as a phrase, for pages in the reader's language (null in older changes)
 */
public record PossibleRename(PlanArea area, String from, String to, String question, String notation,
                             Phrase questionPhrase) {

    static PossibleRename of(PlanArea area, String from, String to, Phrase question, String notation) {
        return new PossibleRename(area, from, to, question.english(), notation, question);
    }
}
