package dev.truecoding.deploy;

import java.util.OptionalLong;

/**
 * Counts in the database of a project's live app, through the app's own counting route (team contract; the deploy
 * module implements it). Empty means the table or column is not there.
 */
public interface AppDataCounts {

    OptionalLong rows(String userId, String projectId, String table);

    OptionalLong nonNullValues(String userId, String projectId, String table, String column);

    /** There is no live app, or it cannot be reached; the message is for people. */
    class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
