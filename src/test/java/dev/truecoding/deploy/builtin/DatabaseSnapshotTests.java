package dev.truecoding.deploy.builtin;

import dev.truecoding.deploy.builtin.DatabaseSnapshot.Kept;
import dev.truecoding.deploy.builtin.ProjectFiles.CurrentRecord;
import dev.truecoding.toolchain.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copies of an app's database taken before each switch: put back after a failed start and after True Coding was
 * killed in the middle of a deploy, kept once the version is live, pruned oldest first within the size limit but
 * never the one undo needs, and put in place by an undo — which a kill at any step leaves either finished or not
 * begun, never half done. (The PGlite database of a real app: BuiltInDeployerTests and UndoEndToEndTests.)
 */
class DatabaseSnapshotTests {

    @TempDir
    Path root;

    private ProjectFiles files;
    private Path oldBuild;
    private Path newBuild;

    @BeforeEach
    void aDatabaseAndTwoBuilds() throws IOException {
        files = new ProjectFiles(root, "p1");
        Files.createDirectories(files.database().resolve("base"));
        Files.writeString(files.database().resolve("base/1"), "old rows");
        oldBuild = migrations(files.buildDir("d1"), "0001_initial.sql");
        newBuild = migrations(files.buildDir("d2"), "0001_initial.sql");
    }

    @Test
    void aMigrationIsToldFromTheSameOnes() throws IOException {
        assertThat(DatabaseSnapshot.bringsMigrations(newBuild, oldBuild)).isFalse();
        Files.writeString(newBuild.resolve("migrations/0001_initial.sql"), "changed");
        assertThat(DatabaseSnapshot.bringsMigrations(newBuild, oldBuild)).isTrue();
        assertThat(DatabaseSnapshot.bringsMigrations(newBuild, null)).isTrue();
    }

    @Test
    void everySwitchIsCopiedAndTheCopyPutBackWhenTheVersionFails() throws IOException {
        DatabaseSnapshot snapshot = DatabaseSnapshot.take(files, "d2", "d1").orElseThrow();
        Files.writeString(files.database().resolve("base/1"), "migrated rows");
        Files.writeString(files.database().resolve("base/2"), "a new table");

        snapshot.restore();

        assertThat(Files.readString(files.database().resolve("base/1"))).isEqualTo("old rows");
        assertThat(files.database().resolve("base/2")).doesNotExist();
        assertThat(DatabaseSnapshot.kept(files)).isEmpty();
        assertThat(root.resolve("p1/snapshot-pending")).doesNotExist();
    }

    @Test
    void aVersionThatWentLiveKeepsItsSnapshotForUndo() throws IOException {
        DatabaseSnapshot.take(files, "d2", "d1").orElseThrow().keep();
        Files.writeString(files.database().resolve("base/1"), "migrated rows");

        Kept kept = DatabaseSnapshot.before(files, "d2").orElseThrow();
        assertThat(kept.previousDeploymentId()).isEqualTo("d1");
        assertThat(kept.bytes()).isEqualTo("old rows".length());
        assertThat(Files.readString(root.resolve("p1/snapshots/" + kept.id() + "/base/1"))).isEqualTo("old rows");
        assertThat(DatabaseSnapshot.settle(files, current("d2", Instant.now()))).isFalse();
        assertThat(DatabaseSnapshot.before(files, "d2")).contains(kept);
        assertThat(Files.readString(files.database().resolve("base/1"))).isEqualTo("migrated rows");
    }

    @Test
    void noCopyOfADatabaseThatHasNoDataYet() throws IOException {
        Trees.delete(files.database());
        assertThat(DatabaseSnapshot.take(files, "d2", null)).isEmpty();
        Files.createDirectories(files.database());
        assertThat(DatabaseSnapshot.take(files, "d2", null)).isEmpty();
    }

    @Test
    void afterACrashTheSnapshotOfAVersionThatNeverWentLiveIsPutBack() throws IOException {
        Instant before = Instant.now().minusSeconds(60);
        DatabaseSnapshot.take(files, "d2", "d1").orElseThrow();
        Files.writeString(files.database().resolve("base/1"), "half migrated");

        assertThat(DatabaseSnapshot.settle(files, current("d1", before))).isTrue();

        assertThat(Files.readString(files.database().resolve("base/1"))).isEqualTo("old rows");
        assertThat(DatabaseSnapshot.kept(files)).isEmpty();
    }

    @Test
    void afterACrashJustAfterTheSwitchTheSnapshotIsKept() throws IOException {
        DatabaseSnapshot.take(files, "d2", "d1").orElseThrow();
        Files.writeString(files.database().resolve("base/1"), "migrated rows");

        assertThat(DatabaseSnapshot.settle(files, current("d2", Instant.now().plusMillis(5)))).isFalse();

        assertThat(Files.readString(files.database().resolve("base/1"))).isEqualTo("migrated rows");
        assertThat(DatabaseSnapshot.before(files, "d2")).isPresent();
        assertThat(root.resolve("p1/snapshot-pending")).doesNotExist();
    }

    @Test
    void aCopyCutShortByACrashIsDroppedAndTheDatabaseKept() throws IOException {
        Files.createDirectories(root.resolve("p1/snapshots/0000000000001-d2.partial/base"));
        Files.writeString(root.resolve("p1/snapshots/0000000000001-d2.partial/base/1"), "partial");
        Files.createDirectories(root.resolve("p1/snapshots/0000000000002-d3/base")); // copied, its record not written

        assertThat(DatabaseSnapshot.settle(files, current("d1", Instant.now()))).isFalse();

        assertThat(Files.readString(files.database().resolve("base/1"))).isEqualTo("old rows");
        assertThat(root.resolve("p1/snapshots")).isEmptyDirectory();
    }

    @Test
    void theSizeLimitRemovesTheOldestFirstButNeverTheOneUndoNeeds() throws IOException {
        // Four versions went live one after the other, each copy 8 bytes ("old rows").
        List<String> ids = new java.util.ArrayList<>();
        for (String deployment : List.of("d2", "d3", "d4", "d5")) {
            DatabaseSnapshot snapshot = DatabaseSnapshot.take(files, deployment, "d" + (deployment.charAt(1) - '1')).orElseThrow();
            snapshot.keep();
            ids.add(snapshot.kept().id());
            sleepAMillisecond();
        }
        String needed = ids.getFirst(); // as if d2 were live again and its undo pending a decision

        List<Kept> removed = DatabaseSnapshot.prune(files, 16, Set.of(needed));

        assertThat(removed).extracting(Kept::id).containsExactly(ids.get(1), ids.get(2));
        assertThat(DatabaseSnapshot.kept(files)).extracting(Kept::id).containsExactly(ids.get(3), needed);
        assertThat(DatabaseSnapshot.prune(files, 0, Set.of(needed))).extracting(Kept::id).containsExactly(ids.get(3));
        assertThat(DatabaseSnapshot.kept(files)).extracting(Kept::id).containsExactly(needed);
    }

    @Test
    void aPendingSnapshotIsNeverPruned() throws IOException {
        DatabaseSnapshot pending = DatabaseSnapshot.take(files, "d2", "d1").orElseThrow();
        assertThat(DatabaseSnapshot.prune(files, 0, Set.of())).isEmpty();
        pending.restore();
        assertThat(Files.readString(files.database().resolve("base/1"))).isEqualTo("old rows");
    }

    @Test
    void undoPutsTheSnapshotInPlaceAndDropsTheDatabaseItReplaced() throws IOException {
        Kept kept = liveOnD2WithNewRows();

        DatabaseSnapshot.beginUndo(files, kept, "d2", "d1");
        assertThat(Files.readString(files.database().resolve("base/1"))).isEqualTo("old rows");
        DatabaseSnapshot.finishUndo(files);

        assertThat(Files.readString(files.database().resolve("base/1"))).isEqualTo("old rows");
        assertThat(DatabaseSnapshot.kept(files)).isEmpty();
        assertThat(root.resolve("p1/database-undone")).doesNotExist();
        assertThat(DatabaseSnapshot.undoInProgress(files)).isFalse();
    }

    @Test
    void anUndoWhoseVersionDoesNotStartPutsEverythingBack() throws IOException {
        Kept kept = liveOnD2WithNewRows();

        DatabaseSnapshot.beginUndo(files, kept, "d2", "d1");
        DatabaseSnapshot.revertUndo(files);

        assertThat(Files.readString(files.database().resolve("base/1"))).isEqualTo("rows since d2");
        assertThat(DatabaseSnapshot.before(files, "d2")).contains(kept);
        assertThat(DatabaseSnapshot.undoInProgress(files)).isFalse();
    }

    @Test
    void anUndoKilledAtAnyStepIsRevertedOnRestartUnlessItsVersionWentLive() throws IOException {
        Kept kept = liveOnD2WithNewRows();
        Instant d2Since = Instant.now().minusSeconds(60);

        // Killed after recording the undo, before anything moved.
        DatabaseSnapshot.beginUndo(files, kept, "d2", "d1");
        Files.move(files.database(), root.resolve("p1/snapshots/" + kept.id()));
        Files.move(root.resolve("p1/database-undone"), files.database());
        assertThat(DatabaseSnapshot.settle(files, current("d2", d2Since))).isTrue();
        assertUndoneNot(kept);

        // Killed after moving the database aside, before the snapshot was put in its place.
        DatabaseSnapshot.beginUndo(files, kept, "d2", "d1");
        Files.move(files.database(), root.resolve("p1/snapshots/" + kept.id()));
        assertThat(DatabaseSnapshot.settle(files, current("d2", d2Since))).isTrue();
        assertUndoneNot(kept);

        // Killed while the version undo returns to was starting on the snapshot.
        DatabaseSnapshot.beginUndo(files, kept, "d2", "d1");
        Files.writeString(files.database().resolve("base/3"), "written by the starting app");
        assertThat(DatabaseSnapshot.settle(files, current("d2", d2Since))).isTrue();
        assertUndoneNot(kept);
        assertThat(Files.readString(root.resolve("p1/snapshots/" + kept.id() + "/base/1"))).isEqualTo("old rows");

        // Killed after the version undo returns to went live, before the bookkeeping: the undo is finished.
        DatabaseSnapshot.beginUndo(files, kept, "d2", "d1");
        assertThat(DatabaseSnapshot.settle(files, current("d1", Instant.now().plusMillis(5)))).isFalse();
        assertThat(Files.readString(files.database().resolve("base/1"))).isEqualTo("old rows");
        assertThat(DatabaseSnapshot.kept(files)).isEmpty();
        assertThat(root.resolve("p1/database-undone")).doesNotExist();
        assertThat(DatabaseSnapshot.undoInProgress(files)).isFalse();
    }

    private void assertUndoneNot(Kept kept) throws IOException {
        assertThat(Files.readString(files.database().resolve("base/1"))).isEqualTo("rows since d2");
        assertThat(DatabaseSnapshot.before(files, "d2")).contains(kept);
        assertThat(root.resolve("p1/database-undone")).doesNotExist();
        assertThat(DatabaseSnapshot.undoInProgress(files)).isFalse();
    }

    /** d2 went live over d1's data and wrote rows of its own. */
    private Kept liveOnD2WithNewRows() throws IOException {
        DatabaseSnapshot.take(files, "d2", "d1").orElseThrow().keep();
        Files.writeString(files.database().resolve("base/1"), "rows since d2");
        return DatabaseSnapshot.before(files, "d2").orElseThrow();
    }

    private static CurrentRecord current(String deploymentId, Instant since) {
        return new CurrentRecord(deploymentId, "slug", "abc", 1, 1, "/nowhere", since);
    }

    private static void sleepAMillisecond() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path migrations(Path build, String... names) throws IOException {
        Files.createDirectories(build.resolve("migrations"));
        for (String name : names) {
            Files.writeString(build.resolve("migrations").resolve(name), "CREATE TABLE t_" + name.hashCode() + " ();");
        }
        return build;
    }
}
