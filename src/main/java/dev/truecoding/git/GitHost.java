package dev.truecoding.git;

import dev.truecoding.account.SignedInUser;

import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where generated code lives: a repository per project, owned by one person, written one whole commit at a time.
 * Implementations are the built-in host (the default) and, when connected, GitHub.
 */
public interface GitHost {

    /** The built-in host's {@link #id()}. */
    String BUILT_IN = "builtin";

    /** How the host is named in requests and stored on a project: {@value #BUILT_IN} or {@code github}. */
    String id();

    /** The host's name as people read it, e.g. "True Coding's built-in git host". */
    String displayName();

    /** Whether {@code person} can have repositories here now (GitHub: only once connected). */
    boolean availableTo(SignedInUser person);

    /**
     * Creates an empty repository for {@code owner}. The name is made safe (lower case letters, digits, {@code -},
     * {@code _} and {@code .}) and unique among the owner's repositories by a numeric suffix ({@code recipes-2}),
     * so the returned {@link RepositoryRef#name()} may differ from {@code desiredName}.
     */
    RepositoryRef createRepository(SignedInUser owner, String desiredName);

    /**
     * The repository's address as a project shows it: one that opens the repository in a browser and that
     * {@code git clone} takes, as GitHub's page address does (the default).
     */
    default String projectUrl(RepositoryRef repository) {
        return repository.webUrl();
    }

    /**
     * Gives the repository a new name, made safe and unique like {@link #createRepository}'s (so the returned
     * {@link RepositoryRef#name()} may differ from {@code desiredName}); the same name returns {@code repository}.
     * Addresses with the old name keep working: the built-in host keeps it as an alias, GitHub redirects it.
     */
    RepositoryRef renameRepository(SignedInUser owner, RepositoryRef repository, String desiredName);

    /** The owner's repository with exactly this (already safe) name, if it exists: how a retry finds its repository. */
    Optional<RepositoryRef> findRepository(SignedInUser owner, String name);

    /**
     * One atomic commit on {@code main} whose tree is exactly {@code files} (files not listed are removed), on
     * top of the current head or as the first commit of an empty repository.
     *
     * @throws ConcurrentCommitException when {@code main} moved while this commit was built; nothing is changed
     * @throws IllegalArgumentException  when the list is empty or names a path twice
     */
    CommitResult commitFiles(SignedInUser owner, RepositoryRef repository, List<FileToCommit> files, String message,
                             String authorName, String authorEmail, ProgressListener progress);

    /**
     * As {@link #commitFiles}, on exactly {@code parentSha}: the head a merge read. {@code main} moves only if it
     * still points there, so edits pushed since (while the merged tree was being validated) are never overwritten.
     *
     * @throws ConcurrentCommitException when {@code main} is no longer at {@code parentSha}; nothing is changed
     */
    CommitResult commitOnto(SignedInUser owner, RepositoryRef repository, String parentSha, List<FileToCommit> files,
                            String message, String authorName, String authorEmail, ProgressListener progress);

    /** The SHA of {@code main}'s head; empty for a repository without commits. */
    Optional<String> headCommit(SignedInUser owner, RepositoryRef repository);

    /**
     * Writes the files of {@code commitSha} under {@code target} (created if missing): what a deploy builds.
     * Symbolic links and submodules are left out; a path that would leave {@code target} is refused.
     *
     * @throws IllegalArgumentException when the repository has no such commit
     */
    void exportTree(SignedInUser owner, RepositoryRef repository, String commitSha, Path target) throws IOException;

    /**
     * Every file of {@code commitSha}'s tree (what {@link #exportTree} writes, read back): a side of a three-way
     * merge. Hosts may read it more directly.
     *
     * @throws IllegalArgumentException when the repository has no such commit
     */
    default List<FileToCommit> readTree(SignedInUser owner, RepositoryRef repository, String commitSha) throws IOException {
        Path scratch = Files.createTempDirectory("truecoding-tree-");
        try {
            exportTree(owner, repository, commitSha, scratch);
            return FileTrees.read(scratch);
        } finally {
            FileSystemUtils.deleteRecursively(scratch);
        }
    }
}
