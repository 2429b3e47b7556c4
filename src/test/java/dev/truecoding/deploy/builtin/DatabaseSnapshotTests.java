package dev.truecoding.deploy.builtin;

import dev.truecoding.toolchain.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the database is copied before a new version opens it, and how it is put back: after a failed start, and
 * after True Coding was killed in the middle of a deploy. (The PGlite database of a real app: BuiltInDeployerTests.)
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
    void noCopyWhenTheNewBuildBringsNoMigration() throws IOException {
        assertThat(DatabaseSnapshot.takeIfMigrating(files, "d2", newBuild, oldBuild)).isEmpty();
        assertThat(root.resolve("p1/database-snapshot")).doesNotExist();
    }

    @Test
    void aPendingOrChangedMigrationIsCopiedAndPutBackWhenTheVersionFails() throws IOException {
        Files.writeString(newBuild.resolve("migrations/0001_initial.sql"), "changed");
        assertThat(DatabaseSnapshot.takeIfMigrating(files, "d2", newBuild, oldBuild)).isPresent();
        migrations(newBuild, "0002_plan_update.sql");

        DatabaseSnapshot snapshot = DatabaseSnapshot.takeIfMigrating(files, "d2", newBuild, oldBuild).orElseThrow();
        Files.writeString(files.database().resolve("base/1"), "migrated rows");
        Files.writeString(files.database().resolve("base/2"), "a new table");
        snapshot.restore();

        assertThat(Files.readString(files.database().resolve("base/1"))).isEqualTo("old rows");
        assertThat(files.database().resolve("base/2")).doesNotExist();
        assertThat(root.resolve("p1/database-snapshot")).doesNotExist();
        assertThat(root.resolve("p1/database-snapshot.id")).doesNotExist();
    }

    @Test
    void aFirstDeployOverAnExistingDatabaseIsCopiedAndAMissingOneIsNot() throws IOException {
        assertThat(DatabaseSnapshot.takeIfMigrating(files, "d2", newBuild, null)).isPresent();
        Trees.delete(files.database());
        assertThat(DatabaseSnapshot.takeIfMigrating(files, "d2", newBuild, null)).isEmpty();
    }

    @Test
    void afterACrashTheSnapshotOfAVersionThatNeverWentLiveIsPutBack() throws IOException {
        migrations(newBuild, "0002_plan_update.sql");
        DatabaseSnapshot.takeIfMigrating(files, "d2", newBuild, oldBuild).orElseThrow();
        Files.writeString(files.database().resolve("base/1"), "half migrated");

        assertThat(DatabaseSnapshot.settle(files, "d1")).isTrue();

        assertThat(Files.readString(files.database().resolve("base/1"))).isEqualTo("old rows");
        assertThat(root.resolve("p1/database-snapshot")).doesNotExist();
    }

    @Test
    void afterACrashTheSnapshotOfTheVersionThatWentLiveIsDropped() throws IOException {
        migrations(newBuild, "0002_plan_update.sql");
        DatabaseSnapshot.takeIfMigrating(files, "d2", newBuild, oldBuild).orElseThrow();
        Files.writeString(files.database().resolve("base/1"), "migrated rows");

        assertThat(DatabaseSnapshot.settle(files, "d2")).isFalse();

        assertThat(Files.readString(files.database().resolve("base/1"))).isEqualTo("migrated rows");
        assertThat(root.resolve("p1/database-snapshot")).doesNotExist();
        assertThat(root.resolve("p1/database-snapshot.id")).doesNotExist();
    }

    @Test
    void aCopyCutShortByACrashIsDroppedAndTheDatabaseKept() throws IOException {
        Files.createDirectories(root.resolve("p1/database-snapshot/base"));
        Files.writeString(root.resolve("p1/database-snapshot/base/1"), "partial");

        assertThat(DatabaseSnapshot.settle(files, "d1")).isFalse();

        assertThat(Files.readString(files.database().resolve("base/1"))).isEqualTo("old rows");
        assertThat(root.resolve("p1/database-snapshot")).doesNotExist();
    }

    private static Path migrations(Path build, String... names) throws IOException {
        Files.createDirectories(build.resolve("migrations"));
        for (String name : names) {
            Files.writeString(build.resolve("migrations").resolve(name), "CREATE TABLE t_" + name.hashCode() + " ();");
        }
        return build;
    }
}
