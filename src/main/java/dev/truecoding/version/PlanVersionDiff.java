package dev.truecoding.version;

import dev.truecoding.change.PlanDiff;

/**
 * What changed from version {@code from} to version {@code to}: the same diff a proposed change shows, in words
 * ({@code diff.changes}) and as RFC 6902 JSON Patch of each plan ({@code diff.technicalPatch},
 * {@code diff.businessPatch}), with its one-line summary.
 */
public record PlanVersionDiff(int from, int to, String summary, PlanDiff diff) {
}
