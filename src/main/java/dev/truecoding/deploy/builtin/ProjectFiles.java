package dev.truecoding.deploy.builtin;

import dev.truecoding.toolchain.Trees;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A project's folder under {@code <data-dir>/deploy/<project-id>/}: {@code builds/<deployment-id>/} (the tree,
 * installed and built) with {@code builds/<deployment-id>.json} beside it, {@code logs/}, {@code database/} (the
 * app's embedded database, kept across deploys), {@code snapshots/} (copies of it, see {@link DatabaseSnapshot}),
 * {@code home/} (HOME of its processes) and {@code current.json}, the deployment to run when True Coding starts.
 */
public final class ProjectFiles {

    /** What is known of one build. */
    public record BuildRecord(String deploymentId, String slug, String commitSha, Instant createdAt, boolean built) {
    }

    /** The live deployment, written when the route switches to it and removed by an explicit stop. */
    public record CurrentRecord(String deploymentId, String slug, String commitSha, int port, long pid,
                                String buildDir, Instant since) {
    }

    /**
     * A preview: a build served at its own address ({@code slug}, e.g. {@code tiny-blog-9x2k1q--preview-2}) on a
     * copy of the live data in {@code previews/<deployment-id>/}, until {@code expiresAt}.
     */
    public record PreviewRecord(String deploymentId, String slug, int number, String commitSha, Instant createdAt,
                                Instant expiresAt) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    public ProjectFiles(Path deployRoot, String projectId) {
        this.dir = deployRoot.resolve(projectId);
    }

    public static List<String> projectIds(Path deployRoot) throws IOException {
        if (!Files.isDirectory(deployRoot)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(deployRoot)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    public Path buildDir(String deploymentId) {
        return dir.resolve("builds").resolve(deploymentId);
    }

    public Path buildLog(String deploymentId) {
        return dir.resolve("logs").resolve(deploymentId + ".build.log");
    }

    public Path runLog(String deploymentId) {
        return dir.resolve("logs").resolve(deploymentId + ".run.log");
    }

    public Path database() {
        return dir.resolve("database");
    }

    /** The scratch database a new build is first tried on, while the live app has {@link #database}. */
    public Path trialDatabase() {
        return dir.resolve("database-trial");
    }

    /** A preview's own database: a copy of the live one taken when the preview started. */
    public Path previewDatabase(String deploymentId) {
        return dir.resolve("previews").resolve(deploymentId);
    }

    public void save(PreviewRecord record) throws IOException {
        write(dir.resolve("previews").resolve(record.deploymentId() + ".json"), JSON.writeValueAsString(record));
    }

    /** The project's previews still recorded, oldest first. */
    public List<PreviewRecord> previews() throws IOException {
        Path previews = dir.resolve("previews");
        if (!Files.isDirectory(previews)) {
            return List.of();
        }
        List<PreviewRecord> records = new ArrayList<>();
        try (Stream<Path> list = Files.list(previews)) {
            for (Path json : list.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                read(json, PreviewRecord.class).ifPresent(records::add);
            }
        }
        records.sort(Comparator.comparing(PreviewRecord::deploymentId));
        return records;
    }

    /** Forgets a preview: its record first (a crash then leaves only a folder, deleted on the next start), then its data. */
    public void deletePreview(String deploymentId) throws IOException {
        Files.deleteIfExists(dir.resolve("previews").resolve(deploymentId + ".json"));
        Trees.delete(previewDatabase(deploymentId));
    }

    public Path home() throws IOException {
        return Files.createDirectories(dir.resolve("home"));
    }

    /**
     * The app's {@code AUTH_SECRET}, which signs its sessions: made once per project from 256 random bits and kept
     * owner-only in the project's folder (outside anything the app's sandbox shows), so sign-ins survive redeploys.
     * Callers hold the project's lock.
     */
    public String authSecret() throws IOException {
        return secret("auth-secret");
    }

    /**
     * The app's {@code TRUECODING_APP_TOKEN}, with which True Coding alone asks the app's internal routes
     * ({@code /api/truecoding/…}, refused by the proxy); made and kept like {@link #authSecret}. Callers hold the
     * project's lock.
     */
    public String appToken() throws IOException {
        return secret("app-token");
    }

    /** The app token once an app of the project was started with it; never made here. */
    public Optional<String> existingAppToken() {
        try {
            Path file = dir.resolve("app-token");
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String secret(String name) throws IOException {
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file)) {
            return Files.readString(file).strip();
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, name, ".tmp"); // owner-only, as every temporary file
        Files.writeString(temp, secret);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        return secret;
    }

    public void save(BuildRecord record) throws IOException {
        write(dir.resolve("builds").resolve(record.deploymentId() + ".json"), JSON.writeValueAsString(record));
    }

    public Optional<BuildRecord> build(String deploymentId) {
        return read(dir.resolve("builds").resolve(deploymentId + ".json"), BuildRecord.class);
    }

    /** Newest first (deployment ids sort by time). */
    public List<BuildRecord> builds() throws IOException {
        Path builds = dir.resolve("builds");
        if (!Files.isDirectory(builds)) {
            return List.of();
        }
        List<BuildRecord> records = new ArrayList<>();
        try (Stream<Path> list = Files.list(builds)) {
            for (Path json : list.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                read(json, BuildRecord.class).ifPresent(records::add);
            }
        }
        records.sort(Comparator.comparing(BuildRecord::deploymentId).reversed());
        return records;
    }

    /** Deletes a build's tree, record and logs. */
    public void delete(String deploymentId) throws IOException {
        Trees.delete(buildDir(deploymentId));
        Files.deleteIfExists(dir.resolve("builds").resolve(deploymentId + ".json"));
        Files.deleteIfExists(buildLog(deploymentId));
        Files.deleteIfExists(runLog(deploymentId));
    }

    public void saveCurrent(CurrentRecord record) throws IOException {
        write(dir.resolve("current.json"), JSON.writeValueAsString(record));
    }

    public Optional<CurrentRecord> current() {
        return read(dir.resolve("current.json"), CurrentRecord.class);
    }

    public void clearCurrent() throws IOException {
        Files.deleteIfExists(dir.resolve("current.json"));
    }

    /** Written beside and renamed into place, so a crash never leaves half a record. */
    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, content);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static <T> Optional<T> read(Path file, Class<T> type) {
        try {
            return Files.exists(file) ? Optional.of(JSON.readValue(Files.readString(file), type)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
