package dev.truecoding.change;

import java.util.OptionalLong;

/**
 * What a live app's database holds, counted: the port data effects read to say how many records a change keeps,
 * moves or drops. Implementations count in one app's database ({@link JdbcLiveData} for a PostgreSQL app).
 * Empty means the table or column is not there (the app never migrated it); an unreachable database is a
 * {@link Unavailable}.
 */
public interface LiveData {

    OptionalLong rows(String table);

    OptionalLong nonNullValues(String table, String column);

    /** A database that is not there to count in (no deployment yet): every count is unknown. */
    LiveData NOTHING_DEPLOYED = new LiveData() {
        @Override
        public OptionalLong rows(String table) {
            throw new Unavailable("the app has no live database yet");
        }

        @Override
        public OptionalLong nonNullValues(String table, String column) {
            throw new Unavailable("the app has no live database yet");
        }
    };

    /** The live database could not be counted in; the message says why, for people. */
    class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
