package dev.truecoding.change;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * What undoing a change would do, stated before it is done ({@code GET /api/changes/{id}/undo}): the version it
 * returns to (its deployment and commit), the copy of the database put back (taken just before the change went
 * live), and what goes with it: the rows written since, counted per table. When undo is not possible,
 * {@code possible} is false and {@code refusal} says why; nothing else is then stated.
 *
 * @param rowsSince the change's tables, rows when it went live and now ({@code written}: the difference; null when
 *                  the live app could not be counted now)
 * @param repository what undo does to the repository, in words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UndoPlan(
        String changeId,
        boolean possible,
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

    static UndoPlan refused(String changeId, String why) {
        return new UndoPlan(changeId, false, why, null, null, null, null, null, null, null, null);
    }
}
