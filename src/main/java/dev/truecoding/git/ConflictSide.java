package dev.truecoding.git;

/**
 * The side a three-way merge takes where the generated change and the repository's edits conflict: the owner's way
 * forward when they chose one (keep their version, or take the generated lines) instead of settling it by hand.
 */
public enum ConflictSide {
    /** The newly generated lines (or file) win where both changed the same place. */
    GENERATED,
    /** The repository's lines (or file), as the owner left them, win where both changed the same place. */
    REPOSITORY
}
