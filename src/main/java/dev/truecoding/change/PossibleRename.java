package dev.truecoding.change;

/**
 * Something removed and something added with the same shape: perhaps one thing renamed. It is never taken as a
 * rename (that would move the stored records); the person is asked, and {@code notation} is how to say yes.
 */
public record PossibleRename(PlanArea area, String from, String to, String question, String notation) {
}
