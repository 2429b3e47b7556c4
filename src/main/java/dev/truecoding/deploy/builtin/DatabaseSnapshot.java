package dev.truecoding.deploy.builtin;

import dev.truecoding.toolchain.Trees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A copy of the app's embedded database ({@code database/}) taken while no app has it open, just before a new
 * version opens it and runs its migrations; put back if that version does not go live, so the previous version
 * serves its old data with its old schema. A plain copy: PGlite's files are rewritten in place, which hard
 * links would share, and this file system has no copy-on-write clones. It is cheap enough to take on every
 * migrating deploy (bench/deploy-snapshot on this 2-core machine: 0.15–0.4 s to copy a 40–135 MB database of
 * ≈ 980 files, ≈ 45 ms to put it back, a rename), and is only taken when the new build brings a migration the
 * previous one did not have. {@code database-snapshot.id} names the deployment it was taken for, written once the copy is whole;
 * True Coding restarting after a crash settles a leftover snapshot with {@link #settle}.
 */
public final class DatabaseSnapshot {

    private final ProjectFiles files;

    private DatabaseSnapshot(ProjectFiles files) {
        this.files = files;
    }

    /**
     * Copies the database before {@code deploymentId} opens it, when its build has migrations {@code previousBuild}
     * (null when none is known) did not; empty when there is nothing to protect.
     */
    public static Optional<DatabaseSnapshot> takeIfMigrating(ProjectFiles files, String deploymentId, Path newBuild,
                                                             Path previousBuild) throws IOException {
        Path database = files.database();
        if (!Files.isDirectory(database) || isEmpty(database) || !bringsMigrations(newBuild, previousBuild)) {
            return Optional.empty();
        }
        DatabaseSnapshot snapshot = new DatabaseSnapshot(files);
        snapshot.discard();
        Trees.copy(database, snapshotDir(files), Set.of());
        Path temp = marker(files).resolveSibling("database-snapshot.id.tmp");
        Files.writeString(temp, deploymentId);
        Files.move(temp, marker(files), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(snapshot);
    }

    /**
     * Whether {@code newBuild} ships a migration (or a migration's changed text) that {@code previousBuild} did not;
     * true when there is no previous build: a first version migrates from nothing.
     */
    public static boolean bringsMigrations(Path newBuild, Path previousBuild) throws IOException {
        return previousBuild == null || !migrations(previousBuild).containsAll(migrations(newBuild));
    }

    /** Puts the database back as it was when the snapshot was taken; no app may have it open. */
    public void restore() throws IOException {
        Path database = files.database();
        Path discarded = database.resolveSibling("database-discarded");
        Trees.delete(discarded);
        if (Files.exists(database)) {
            Files.move(database, discarded, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(snapshotDir(files), database, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(marker(files));
        Trees.delete(discarded);
    }

    /** Forgets the snapshot: the version it protected against went live. */
    public void discard() throws IOException {
        Files.deleteIfExists(marker(files));
        Trees.delete(snapshotDir(files));
    }

    /**
     * After a restart: a whole snapshot whose deployment never went live ({@code liveDeploymentId} is another one,
     * or none) is put back; any other leftover is deleted. True if the database was put back.
     */
    public static boolean settle(ProjectFiles files, String liveDeploymentId) throws IOException {
        Path database = files.database();
        Path discarded = database.resolveSibling("database-discarded");
        if (!Files.exists(database) && Files.isDirectory(discarded) && !Files.isRegularFile(marker(files))) {
            Files.move(discarded, database, StandardCopyOption.ATOMIC_MOVE); // a restore had only moved it aside
        }
        DatabaseSnapshot snapshot = new DatabaseSnapshot(files);
        boolean whole = Files.isRegularFile(marker(files)) && Files.isDirectory(snapshotDir(files));
        if (whole && !Files.readString(marker(files)).strip().equals(liveDeploymentId)) {
            snapshot.restore();
            return true;
        }
        snapshot.discard();
        Trees.delete(discarded);
        return false;
    }

    private static Path snapshotDir(ProjectFiles files) {
        return files.database().resolveSibling("database-snapshot");
    }

    private static Path marker(ProjectFiles files) {
        return files.database().resolveSibling("database-snapshot.id");
    }

    /** The SQL migration files a build ships, with their text (the app applies those its database lacks). */
    static Set<String> migrations(Path build) throws IOException {
        Path dir = build.resolve("migrations");
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            Set<String> files = new TreeSet<>();
            for (Path sql : list.filter(p -> p.getFileName().toString().endsWith(".sql")).toList()) {
                files.add(sql.getFileName() + "\n" + Files.readString(sql)); // a file changed under its name counts too
            }
            return files;
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        }
    }
}
