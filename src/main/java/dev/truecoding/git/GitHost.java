package dev.truecoding.git;

import dev.truecoding.account.SignedInUser;

import java.util.List;
import java.util.Optional;

/**
 * Where generated code lives: a repository per project, owned by one person, written one whole commit at a time.
 * Implementations are the built-in host (the default) and, when connected, GitHub.
 */
public interface GitHost {

    /**
     * Creates an empty repository for {@code owner}. The name is made safe (lower case letters, digits, {@code -},
     * {@code _} and {@code .}) and unique among the owner's repositories by a numeric suffix ({@code recipes-2}),
     * so the returned {@link RepositoryRef#name()} may differ from {@code desiredName}.
     */
    RepositoryRef createRepository(SignedInUser owner, String desiredName);

    /** The owner's repository with exactly this (already safe) name, if it exists: how a retry finds its repository. */
    Optional<RepositoryRef> findRepository(SignedInUser owner, String name);

    /**
     * One atomic commit on {@code main} whose tree is exactly {@code files} (files not listed are removed), on
     * top of the current head or as the first commit of an empty repository.
     *
     * @throws ConcurrentCommitException when {@code main} moved while this commit was built; nothing is changed
     * @throws IllegalArgumentException  when the list is empty or names a path twice
     */
    CommitResult commitFiles(RepositoryRef repository, List<FileToCommit> files, String message,
                             String authorName, String authorEmail, ProgressListener progress);

    /** The SHA of {@code main}'s head; empty for a repository without commits. */
    Optional<String> headCommit(RepositoryRef repository);
}
