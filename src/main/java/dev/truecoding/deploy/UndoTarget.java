package dev.truecoding.deploy;

import java.time.Instant;

/**
 * What undoing a live deployment on the built-in deployer returns to: the deployment that served before it (its
 * kept build and commit) on the copy of the database taken just before the undone one was switched to.
 *
 * @param undone         the deployment undone (live now)
 * @param returnsTo      the deployment that served before it
 * @param snapshotBytes  the size of the database copy put back
 */
public record UndoTarget(String undone, String returnsTo, String returnsToCommitSha, Instant returnsToCreatedAt,
                         Instant snapshotTakenAt, long snapshotBytes) {
}
