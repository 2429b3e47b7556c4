package dev.truecoding.deploy.builtin;

import dev.truecoding.deploy.builtin.ProjectFiles.CurrentRecord;
import dev.truecoding.toolchain.Trees;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Copies of the app's embedded database ({@code database/}), one taken before each switch while no app has it open
 * (PGlite allows one process), in {@code snapshots/<id>/} with {@code snapshots/<id>.json} ({@link Kept}) beside it.
 * A snapshot does two jobs: if the version switched to does not go live it is put back, so the previous version
 * serves its old data with its old schema; once that version is live it is kept, so "undo this change" can put the
 * data back as they were before it ({@link #beginUndo}). Kept snapshots are pruned oldest first within the
 * project's size limit ({@link #prune}); the one an undo of the live version needs is never removed.
 *
 * <p>A plain copy: PGlite's files are rewritten in place, which hard links would share, and this file system has no
 * copy-on-write clones. It is cheap enough to take before every switch, not only migrating ones
 * (bench/deploy-snapshot on this 2-core machine: 0.15–0.4 s to copy a 40–135 MB database of ≈ 980 files, ≈ 45 ms
 * to put it back, a rename), and taking it every time means every version has its "before" to undo to.
 *
 * <p>Crash safety: a copy is made under {@code <id>.partial} and renamed whole; {@code snapshot-pending} names the
 * snapshot of a switch that has not gone live yet, and {@code undo.json} an undo in progress. True Coding
 * restarting after a kill settles both with {@link #settle} before any app starts: a switch that never went live
 * gets its snapshot back, an undo that never went live is reverted (the database it replaced put back, the
 * snapshot kept), and one that did is finished. Every step is a rename, so the database is never half restored.
 */
public final class DatabaseSnapshot {

    /**
     * A kept snapshot.
     *
     * @param id                   sorts by time: {@code <epoch millis>-<deploymentId>}
     * @param deploymentId         the build switched to right after it was taken
     * @param previousDeploymentId the build that was live until then (what an undo returns to); null for a first one
     * @param bytes                its size on disk, counted against the limit
     */
    public record Kept(String id, String deploymentId, String previousDeploymentId, Instant takenAt, long bytes) {
    }

    /** An undo in progress: the snapshot is (being) put in place of the database, which waits aside. */
    record Undo(String snapshotId, String fromDeploymentId, String toDeploymentId, Instant startedAt) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProjectFiles files;
    private final Kept kept;

    private DatabaseSnapshot(ProjectFiles files, Kept kept) {
        this.files = files;
        this.kept = kept;
    }

    /**
     * Copies the database before {@code deploymentId} opens it (no app may have it open); empty when there is no
     * data yet. The snapshot is pending until {@link #keep} or {@link #restore}.
     */
    public static Optional<DatabaseSnapshot> take(ProjectFiles files, String deploymentId, String previousDeploymentId)
            throws IOException {
        Path database = files.database();
        if (!Files.isDirectory(database) || isEmpty(database)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        String id = String.format("%013d-%s", now.toEpochMilli(), deploymentId);
        Path partial = snapshots(files).resolve(id + ".partial");
        Files.createDirectories(snapshots(files));
        Trees.delete(partial);
        Trees.copy(database, partial, Set.of());
        long bytes = size(partial);
        Files.move(partial, dir(files, id), StandardCopyOption.ATOMIC_MOVE);
        Kept kept = new Kept(id, deploymentId, previousDeploymentId, now, bytes);
        ProjectFiles.write(meta(files, id), JSON.writeValueAsString(kept));
        ProjectFiles.write(pending(files), id);
        return Optional.of(new DatabaseSnapshot(files, kept));
    }

    /**
     * Whether {@code newBuild} ships a migration (or a migration's changed text) that {@code previousBuild} did not;
     * true when there is no previous build: a first version migrates from nothing.
     */
    public static boolean bringsMigrations(Path newBuild, Path previousBuild) throws IOException {
        return previousBuild == null || !migrations(previousBuild).containsAll(migrations(newBuild));
    }

    public Kept kept() {
        return kept;
    }

    /** The version it was taken for did not go live: the database goes back as it was; no app may have it open. */
    public void restore() throws IOException {
        putBack(files, kept.id());
    }

    /** The version it was taken for went live: the snapshot stays, as what undoing that version puts back. */
    public void keep() throws IOException {
        Files.deleteIfExists(pending(files));
    }

    /** The project's kept snapshots, newest first (a pending one included). */
    public static List<Kept> kept(ProjectFiles files) throws IOException {
        Path dir = snapshots(files);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Kept> all = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path json : list.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                read(json, Kept.class).filter(k -> Files.isDirectory(dir(files, k.id()))).ifPresent(all::add);
            }
        }
        all.sort(Comparator.comparing(Kept::id).reversed());
        return all;
    }

    /** The newest snapshot taken just before {@code deploymentId} was switched to: what undoing it puts back. */
    public static Optional<Kept> before(ProjectFiles files, String deploymentId) throws IOException {
        return kept(files).stream().filter(k -> k.deploymentId().equals(deploymentId)).findFirst();
    }

    /**
     * Removes kept snapshots, oldest first, until they fit in {@code limitBytes}; never one of {@code keep} (the
     * live version's, which undo needs) nor a pending one. A protected snapshot larger than the limit stays alone.
     *
     * @return the snapshots removed
     */
    public static List<Kept> prune(ProjectFiles files, long limitBytes, Set<String> keep) throws IOException {
        List<Kept> all = new ArrayList<>(kept(files));
        String pendingId = readText(pending(files)).orElse("");
        long total = all.stream().mapToLong(Kept::bytes).sum();
        List<Kept> removed = new ArrayList<>();
        for (Kept oldest : all.reversed()) {
            if (total <= limitBytes) {
                break;
            }
            if (keep.contains(oldest.id()) || oldest.id().equals(pendingId)) {
                continue;
            }
            delete(files, oldest.id());
            total -= oldest.bytes();
            removed.add(oldest);
        }
        return removed;
    }

    /**
     * Puts {@code snapshot} in place of the database for an undo, the database moved aside until the version undo
     * returns to answers ({@link #finishUndo}) or does not ({@link #revertUndo}). No app may have it open.
     */
    public static void beginUndo(ProjectFiles files, Kept snapshot, String fromDeploymentId, String toDeploymentId)
            throws IOException {
        if (!Files.isDirectory(dir(files, snapshot.id()))) {
            throw new IOException("the snapshot " + snapshot.id() + " is no longer kept");
        }
        ProjectFiles.write(undo(files), JSON.writeValueAsString(new Undo(snapshot.id(), fromDeploymentId,
                toDeploymentId, Instant.now())));
        Path aside = aside(files);
        Trees.delete(aside);
        if (Files.exists(files.database())) {
            Files.move(files.database(), aside, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(dir(files, snapshot.id()), files.database(), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The version undo returned to is live on the snapshot: the database it replaced is dropped. */
    public static void finishUndo(ProjectFiles files) throws IOException {
        Optional<Undo> undo = read(undo(files), Undo.class);
        if (undo.isPresent()) {
            Files.deleteIfExists(meta(files, undo.get().snapshotId()));
        }
        Trees.delete(aside(files));
        Files.deleteIfExists(undo(files));
    }

    /** The version undo returned to did not start: the snapshot goes back to being kept, the database back in place. */
    public static void revertUndo(ProjectFiles files) throws IOException {
        Optional<Undo> undo = read(undo(files), Undo.class);
        if (undo.isEmpty()) {
            return;
        }
        Path snapshot = dir(files, undo.get().snapshotId());
        Path aside = aside(files);
        if (!Files.exists(snapshot) && Files.exists(files.database()) && Files.exists(aside)) {
            Files.move(files.database(), snapshot, StandardCopyOption.ATOMIC_MOVE);
        }
        if (Files.exists(aside) && !Files.exists(files.database())) {
            Files.move(aside, files.database(), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.deleteIfExists(undo(files));
    }

    /** Whether an undo was started and has not been finished or reverted (True Coding was killed during it). */
    public static boolean undoInProgress(ProjectFiles files) {
        return Files.isRegularFile(undo(files));
    }

    /**
     * After a restart, before any app starts: an undo cut short is finished if the version it returned to went live
     * ({@code current} is it, recorded after the undo began), else reverted; a pending snapshot whose version never
     * went live is put back; leftovers of a copy cut short are deleted. True if the database was put back.
     */
    public static boolean settle(ProjectFiles files, CurrentRecord current) throws IOException {
        boolean putBack = false;
        Optional<Undo> undo = read(undo(files), Undo.class);
        if (undo.isPresent()) {
            boolean live = current != null && current.deploymentId().equals(undo.get().toDeploymentId())
                    && current.since().isAfter(undo.get().startedAt());
            if (live) {
                finishUndo(files);
            } else {
                revertUndo(files);
                putBack = true;
            }
        } else if (Files.exists(undo(files))) {
            Files.delete(undo(files)); // not readable: written cut short, before anything moved
        }
        Optional<String> pendingId = readText(pending(files));
        if (pendingId.isPresent()) {
            Optional<Kept> kept = read(meta(files, pendingId.get()), Kept.class);
            boolean live = current != null && kept.isPresent() && current.deploymentId().equals(kept.get().deploymentId())
                    && current.since().isAfter(kept.get().takenAt());
            if (live) {
                Files.deleteIfExists(pending(files));
            } else if (Files.isDirectory(dir(files, pendingId.get()))) {
                putBack(files, pendingId.get());
                putBack = true;
            } else {
                delete(files, pendingId.get()); // put back already, all but the bookkeeping
            }
        }
        Trees.delete(files.database().resolveSibling("database-discarded"));
        putBack |= settleLegacy(files, current);
        deleteLeftovers(files);
        return putBack;
    }

    /**
     * The single {@code database-snapshot/} of True Coding versions before snapshots were kept, cut short by a kill
     * just before an upgrade: put back unless its version went live.
     */
    private static boolean settleLegacy(ProjectFiles files, CurrentRecord current) throws IOException {
        Path legacy = files.database().resolveSibling("database-snapshot");
        Path marker = files.database().resolveSibling("database-snapshot.id");
        boolean restored = false;
        if (Files.isDirectory(legacy) && Files.isRegularFile(marker)
                && (current == null || !Files.readString(marker).strip().equals(current.deploymentId()))) {
            Trees.delete(files.database());
            Files.move(legacy, files.database(), StandardCopyOption.ATOMIC_MOVE);
            restored = true;
        }
        Files.deleteIfExists(marker);
        Trees.delete(legacy);
        return restored;
    }

    /** Copies cut short ({@code .partial}), copies without their record and records without their copy. */
    private static void deleteLeftovers(ProjectFiles files) throws IOException {
        Path dir = snapshots(files);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path path : list.toList()) {
                String name = path.getFileName().toString();
                if (name.endsWith(".partial") || name.endsWith(".tmp")) {
                    Trees.delete(path);
                } else if (name.endsWith(".json")) {
                    if (!Files.isDirectory(dir.resolve(name.substring(0, name.length() - ".json".length())))) {
                        Files.delete(path);
                    }
                } else if (Files.isDirectory(path) && !Files.exists(dir.resolve(name + ".json"))) {
                    Trees.delete(path);
                }
            }
        }
    }

    /** The database replaced by snapshot {@code id}, which is then forgotten. */
    private static void putBack(ProjectFiles files, String id) throws IOException {
        Path database = files.database();
        Path discarded = database.resolveSibling("database-discarded");
        Trees.delete(discarded);
        if (Files.exists(database)) {
            Files.move(database, discarded, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(dir(files, id), database, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(meta(files, id));
        Files.deleteIfExists(pending(files));
        Trees.delete(discarded);
    }

    private static void delete(ProjectFiles files, String id) throws IOException {
        Files.deleteIfExists(meta(files, id)); // first: a copy without its record is a leftover, never "kept"
        Trees.delete(dir(files, id));
        if (readText(pending(files)).filter(id::equals).isPresent()) {
            Files.deleteIfExists(pending(files));
        }
    }

    private static Path snapshots(ProjectFiles files) {
        return files.database().resolveSibling("snapshots");
    }

    private static Path dir(ProjectFiles files, String id) {
        return snapshots(files).resolve(id);
    }

    private static Path meta(ProjectFiles files, String id) {
        return snapshots(files).resolve(id + ".json");
    }

    private static Path pending(ProjectFiles files) {
        return files.database().resolveSibling("snapshot-pending");
    }

    private static Path undo(ProjectFiles files) {
        return files.database().resolveSibling("undo.json");
    }

    private static Path aside(ProjectFiles files) {
        return files.database().resolveSibling("database-undone");
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

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            long bytes = 0;
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(file);
            }
            return bytes;
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        }
    }

    private static Optional<String> readText(Path file) throws IOException {
        return Files.isRegularFile(file) ? Optional.of(Files.readString(file).strip()).filter(s -> !s.isEmpty())
                : Optional.empty();
    }

    private static <T> Optional<T> read(Path file, Class<T> type) {
        try {
            return Files.isRegularFile(file) ? Optional.of(JSON.readValue(Files.readString(file), type)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
