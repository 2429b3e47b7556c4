package dev.truecoding.git.local;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.git.CommitResult;
import dev.truecoding.git.ConcurrentCommitException;
import dev.truecoding.git.FileToCommit;
import dev.truecoding.git.GitHost;
import dev.truecoding.git.ProgressListener;
import dev.truecoding.git.RepositoryRef;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The built-in git host: bare repositories written with JGit's object-level API, no working tree. A commit
 * inserts its blobs, builds its tree from an in-memory index, and moves {@code main} with a compare-and-set on
 * the old head, so a concurrent commit or push is detected instead of overwritten. A repository is always the
 * person's own: its folder is found by their id, whatever owner a stored reference names (their handle, or their id
 * in a reference made before people had handles).
 */
@Component
class LocalGitHost implements GitHost {

    private static final int MAX_NAME_ATTEMPTS = 1000;

    private final LocalRepositories repositories;

    LocalGitHost(LocalRepositories repositories) {
        this.repositories = repositories;
    }

    @Override
    public String id() {
        return BUILT_IN;
    }

    @Override
    public String displayName() {
        return "True Coding's built-in git host";
    }

    @Override
    public boolean availableTo(SignedInUser person) {
        return true;
    }

    @Override
    public RepositoryRef createRepository(SignedInUser owner, String desiredName) {
        String safe = RepositoryNames.safe(desiredName);
        for (int attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
            String name = RepositoryNames.candidate(safe, attempt);
            if (repositories.tryCreate(owner.id(), name)) {
                return repositories.ref(owner.addressName(), name);
            }
        }
        throw new IllegalStateException("No free repository name left for " + safe);
    }

    /**
     * The new name becomes an alias of the repository's folder and its current name (see
     * {@link LocalRepositories#alias}); the old name keeps cloning, pushing and opening its page, which moves on
     * to the new one. A name already taken by another repository of the owner gets the next numeric suffix.
     */
    @Override
    public RepositoryRef renameRepository(SignedInUser owner, RepositoryRef repository, String desiredName) {
        String safe = RepositoryNames.safe(desiredName);
        for (int attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
            String name = RepositoryNames.candidate(safe, attempt);
            if (name.equals(repository.name()) || repositories.alias(owner.id(), repository.name(), name)) {
                return repositories.ref(owner.addressName(), name);
            }
        }
        throw new IllegalStateException("No free repository name left for " + safe);
    }

    /** The smart-HTTP address, which clones; a browser opening it is sent on to the repository page. */
    @Override
    public String projectUrl(RepositoryRef repository) {
        return repository.cloneUrl();
    }

    @Override
    public Optional<RepositoryRef> findRepository(SignedInUser owner, String name) {
        return repositories.exists(owner.id(), name) ? Optional.of(repositories.ref(owner.addressName(), name)) : Optional.empty();
    }

    @Override
    public CommitResult commitFiles(SignedInUser owner, RepositoryRef ref, List<FileToCommit> files, String message,
                                    String authorName, String authorEmail, ProgressListener progress) {
        return commit(owner, ref, null, files, message, authorName, authorEmail, progress);
    }

    @Override
    public CommitResult commitOnto(SignedInUser owner, RepositoryRef ref, String parentSha, List<FileToCommit> files,
                                   String message, String authorName, String authorEmail, ProgressListener progress) {
        if (parentSha == null || !ObjectId.isId(parentSha)) {
            throw new IllegalArgumentException("'" + parentSha + "' is not a commit to build on.");
        }
        return commit(owner, ref, ObjectId.fromString(parentSha), files, message, authorName, authorEmail, progress);
    }

    /** One commit on {@code expected} (null: on whatever the head is now), moved to by compare-and-set. */
    private CommitResult commit(SignedInUser owner, RepositoryRef ref, ObjectId expected, List<FileToCommit> files,
                                String message, String authorName, String authorEmail, ProgressListener progress) {
        checkFiles(files);
        try (Repository repository = repositories.open(owner.id(), ref.name());
             ObjectInserter inserter = repository.newObjectInserter()) {
            String branch = Constants.R_HEADS + LocalRepositories.BRANCH;
            Ref current = repository.exactRef(branch);
            ObjectId parent = current == null ? null : current.getObjectId();
            if (expected != null && !expected.equals(parent)) {
                throw new ConcurrentCommitException(ref.owner() + "/" + ref.name());
            }

            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            long bytes = 0;
            int written = 0;
            for (FileToCommit file : files.stream().sorted(Comparator.comparing(FileToCommit::path)).toList()) {
                byte[] content = file.content();
                DirCacheEntry entry = new DirCacheEntry(file.path());
                entry.setFileMode(file.executable() ? FileMode.EXECUTABLE_FILE : FileMode.REGULAR_FILE);
                entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, content));
                entry.setLength(content.length);
                builder.add(entry);
                bytes += content.length;
                progress.progress(++written, files.size(), bytes);
            }
            builder.finish();
            ObjectId tree = index.writeTree(inserter);

            PersonIdent author = new PersonIdent(authorName, authorEmail);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            if (parent != null) {
                commit.setParentId(parent);
            }
            commit.setAuthor(author);
            commit.setCommitter(author);
            commit.setMessage(message.endsWith("\n") ? message : message + "\n");
            ObjectId commitId = inserter.insert(commit);
            inserter.flush();

            moveBranch(repository, branch, parent, commitId, message, ref);
            return new CommitResult(commitId.name(), files.size(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not commit to " + ref.owner() + "/" + ref.name(), e);
        }
    }

    @Override
    public Optional<String> headCommit(SignedInUser owner, RepositoryRef ref) {
        try (Repository repository = repositories.open(owner.id(), ref.name())) {
            Ref head = repository.exactRef(Constants.R_HEADS + LocalRepositories.BRANCH);
            return Optional.ofNullable(head).map(Ref::getObjectId).map(ObjectId::name);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + ref.owner() + "/" + ref.name(), e);
        }
    }

    @Override
    public void exportTree(SignedInUser owner, RepositoryRef ref, String commitSha, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (Repository repository = repositories.open(owner.id(), ref.name());
             RevWalk walk = new RevWalk(repository);
             TreeWalk tree = new TreeWalk(repository)) {
            ObjectId id = ObjectId.isId(commitSha) ? ObjectId.fromString(commitSha) : null;
            if (id == null || !repository.getObjectDatabase().has(id)) {
                throw new IllegalArgumentException("No commit " + commitSha + " in " + ref.owner() + "/" + ref.name());
            }
            tree.addTree(walk.parseCommit(id).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                FileMode mode = tree.getFileMode(0);
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    continue; // symbolic links and submodules: nothing a build should follow
                }
                Path file = root.resolve(tree.getPathString()).normalize();
                if (!file.startsWith(root)) {
                    throw new IOException("The path " + tree.getPathString() + " leaves the folder it is exported to");
                }
                Files.createDirectories(file.getParent());
                try (var out = Files.newOutputStream(file)) {
                    repository.open(tree.getObjectId(0)).copyTo(out);
                }
                if (mode == FileMode.EXECUTABLE_FILE) {
                    file.toFile().setExecutable(true, true);
                }
            }
        }
    }

    /** Compare-and-set: succeeds only if the branch still points where it did (or still does not exist). */
    private static void moveBranch(Repository repository, String branch, ObjectId expected, ObjectId commit,
                                   String message, RepositoryRef ref) throws IOException {
        RefUpdate update = repository.updateRef(branch);
        update.setExpectedOldObjectId(expected == null ? ObjectId.zeroId() : expected);
        update.setNewObjectId(commit);
        update.setRefLogMessage("commit: " + firstLine(message), false);
        RefUpdate.Result result = update.update();
        switch (result) {
            case NEW, FAST_FORWARD -> {
            }
            case LOCK_FAILURE, REJECTED, REJECTED_CURRENT_BRANCH -> throw new ConcurrentCommitException(ref.owner() + "/" + ref.name());
            default -> throw new IOException("Updating " + branch + " failed: " + result);
        }
    }

    private static void checkFiles(List<FileToCommit> files) {
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("A commit needs at least one file.");
        }
        var paths = new HashSet<String>();
        for (FileToCommit file : files) {
            if (!paths.add(file.path())) {
                throw new IllegalArgumentException("The path " + file.path() + " is listed twice.");
            }
        }
        // A file and a directory of the same name cannot both exist in a tree.
        for (String path : paths) {
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                if (paths.contains(path.substring(0, slash))) {
                    throw new IllegalArgumentException("The path " + path.substring(0, slash) + " is both a file and a directory.");
                }
            }
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
