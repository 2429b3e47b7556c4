package dev.truecoding.generation;

import dev.truecoding.git.RepositoryRef;
import dev.truecoding.plan.TechnicalPlan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The versions of a project's app as the generation module records them, for work that commits a new version
 * outside a generation run (a change): where to validate it, and recording its commit so the next generation or
 * change starts from it (its plan, its generated files, its validated build for the deployment).
 */
public interface AppVersions {

    /** The version last committed by a generation or a change; empty before the first generation. */
    Optional<AppVersion> last(String projectId);

    /** Whether change {@code changeId} has recorded its commit as a version (see {@link #record}). */
    boolean recordedBy(String changeId);

    /** An empty folder to validate the files of run {@code runId} in (see {@link CodeValidator#validateIn}). */
    Path workspace(String runId) throws IOException;

    /** The project's last validated build, whose compilers' caches make the next validation incremental. */
    Optional<Path> lastBuild(String projectId);

    /** Drops the run's workspace (its validation failed, or nothing is to be committed). */
    void discardWorkspace(String runId) throws IOException;

    /**
     * Records {@code commitSha}, made by {@code changeId}, as the app's latest version: the generated files and
     * plan, and the run's validated workspace as the build of that commit. Recording the same change again does
     * nothing more.
     */
    void record(NewVersion version) throws IOException;

    /** A version committed by a change. */
    record NewVersion(String changeId, String userId, String projectId, String host, RepositoryRef repository,
                      TechnicalPlan plan, List<GeneratedFileInfo> generatedFiles, String commitSha) {
    }
}
