package dev.truecoding.generation.run;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The workspace a run validated in (installed, tested and built), kept after the commit under the commit's
 * SHA, so a deploy of that commit can start it without building it again. One per project: the latest.
 */
@Component
public class ValidatedBuilds {

    private final Path workspaces;
    private final Path builds;

    ValidatedBuilds(@Value("${truecoding.data-dir:./data}") Path dataDir) {
        Path root = dataDir.toAbsolutePath().normalize().resolve("generation");
        this.workspaces = root.resolve("runs");
        this.builds = root.resolve("builds");
    }

    /** An empty folder for the run's validation (emptied first: an interrupted attempt may have left files). */
    Path workspace(String runId) throws IOException {
        Path workspace = workspaces.resolve(runId);
        FileSystemUtils.deleteRecursively(workspace);
        Files.createDirectories(workspaces);
        return workspace;
    }

    void discard(String runId) throws IOException {
        FileSystemUtils.deleteRecursively(workspaces.resolve(runId));
    }

    /** Keeps the run's workspace as the project's build of {@code commitSha}, replacing the one kept before. */
    void keep(String projectId, String runId, String commitSha) throws IOException {
        Path workspace = workspaces.resolve(runId);
        if (!Files.isDirectory(workspace)) {
            return; // npm did not run (static checks only): there is no build to keep
        }
        Path projectBuilds = builds.resolve(projectId);
        FileSystemUtils.deleteRecursively(projectBuilds);
        Files.createDirectories(projectBuilds);
        Files.move(workspace, projectBuilds.resolve(commitSha), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The project's latest validated build, whatever its commit: its compilers' caches seed the project's next
     * validation ({@link dev.truecoding.toolchain.BuildCaches}). Only this project's: each project's builds sit in
     * a folder of its own.
     */
    public Optional<Path> latest(String projectId) {
        if (!projectId.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        try (var list = Files.list(builds.resolve(projectId))) {
            return list.filter(build -> Files.isDirectory(build.resolve(".next"))).findFirst();
        } catch (IOException noneYet) {
            return Optional.empty();
        }
    }

    /** The installed and built app of {@code commitSha}, when it is the project's latest validated build. */
    public Optional<Path> find(String projectId, String commitSha) {
        if (!projectId.matches("[A-Za-z0-9_-]+") || !commitSha.matches("[0-9a-f]{40}")) {
            return Optional.empty();
        }
        Path build = builds.resolve(projectId).resolve(commitSha);
        return Files.isDirectory(build.resolve(".next")) ? Optional.of(build) : Optional.empty();
    }
}
