package dev.truecoding.change;

import dev.truecoding.deploy.AppDataCounts;

import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The live data of one project's app, counted by the deploy module ({@link AppDataCounts}, through the app's own
 * counting route). Without a counter (none configured) every count is unknown, which data effects say.
 */
final class LiveAppData implements LiveData {

    private final AppDataCounts counts;
    private final String userId;
    private final String projectId;

    private LiveAppData(AppDataCounts counts, String userId, String projectId) {
        this.counts = counts;
        this.userId = userId;
        this.projectId = projectId;
    }

    static LiveData of(AppDataCounts counts, String userId, String projectId) {
        return counts == null ? NOTHING_COUNTED : new LiveAppData(counts, userId, projectId);
    }

    private static final LiveData NOTHING_COUNTED = new LiveData() {
        @Override
        public OptionalLong rows(String table) {
            throw new Unavailable("True Coding cannot count in live apps here");
        }

        @Override
        public OptionalLong nonNullValues(String table, String column) {
            throw new Unavailable("True Coding cannot count in live apps here");
        }
    };

    @Override
    public OptionalLong rows(String table) {
        return counted(() -> counts.rows(userId, projectId, table));
    }

    @Override
    public OptionalLong nonNullValues(String table, String column) {
        return counted(() -> counts.nonNullValues(userId, projectId, table, column));
    }

    private static OptionalLong counted(Supplier<OptionalLong> count) {
        try {
            return count.get();
        } catch (AppDataCounts.Unavailable e) {
            throw new Unavailable(e.getMessage(), e);
        }
    }
}
