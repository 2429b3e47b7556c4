package dev.truecoding.change;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * What undoing a change would do, stated before it is done ({@code GET /api/changes/{id}/undo}): the version it
 * returns to (its deployment and commit), the copy of the database put back (taken just before the change went
 * live), and what goes with it: the rows written since, counted per table. When undo is not possible,
 * {@code possible} is false, {@code reason} names why and {@code refusal} says it in words; nothing else is stated.
 *
 * @param rowsSince the change's tables, rows when it went live and now ({@code written}: the difference; null when
 *                  the live app could not be counted now)
 * @param repository what undo does to the repository, in words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UndoPlan(
        String changeId,
        boolean possible,
        Reason reason,
        String refusal,
        String returnsToDeploymentId,
        String returnsToCommitSha,
        Instant returnsToDeployedAt,
        Instant snapshotTakenAt,
        Long snapshotBytes,
        List<TableRows> rowsSince,
        Long rowsWrittenSince,
        String repository) {

    /** One table: its rows when the change went live, now, and the difference. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TableRows(String table, Long rowsWhenLive, Long rowsNow, Long written) {
    }

    /** Why a change cannot be undone (pages word each one in the reader's language: {@code undo.reason.*}). */
    public enum Reason {
        ALREADY_UNDONE, UNDOING, NOT_APPLIED, PROJECT_BUSY, APPLIED_BEFORE_UNDO, LATER_CHANGE,
        VERCEL, NEVER_LIVE, NOT_LIVE, SNAPSHOT_GONE, NOTHING_BEFORE, BUILD_GONE
    }

    static UndoPlan refused(String changeId, Reason reason, String why) {
        return new UndoPlan(changeId, false, reason, why, null, null, null, null, null, null, null, null);
    }
}
