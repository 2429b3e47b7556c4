package dev.truecoding.change;

public enum ChangeKind {
    ADDED, CHANGED, RENAMED, REMOVED
}
