package dev.truecoding.deploy;

import dev.truecoding.system.ConflictException;

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

    /** Why a deployment cannot be undone (pages word each one in the reader's language). */
    public enum Refusal {
        VERCEL, NEVER_LIVE, NOT_LIVE, SNAPSHOT_GONE, NOTHING_BEFORE, BUILD_GONE
    }

    /** A deployment that cannot be undone: a 409 with the reason in words, and which reason it is. */
    public static class Refused extends ConflictException {
        private final Refusal reason;

        public Refused(Refusal reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }
}
