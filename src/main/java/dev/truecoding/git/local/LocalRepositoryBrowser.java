package dev.truecoding.git.local;

import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What the repository page reads from a bare repository: trees, files and history of {@code main}. */
@Component
class LocalRepositoryBrowser {

    /** Larger files are not shown inline: a page of megabytes helps nobody. */
    static final int MAX_SHOWN_BYTES = 512 * 1024;

    record TreeItem(String name, String path, boolean directory) {
        public String encodedPath() {
            return RepositoryPageController.encode(path);
        }
    }

    record FileView(String path, long size, boolean binary, List<String> lines) {
        public boolean tooLarge() {
            return !binary && lines.isEmpty() && size > MAX_SHOWN_BYTES;
        }
    }

    record CommitSummary(String sha, String shortSha, String title, String author, Instant date) {
    }

    private final LocalRepositories repositories;

    LocalRepositoryBrowser(LocalRepositories repositories) {
        this.repositories = repositories;
    }

    /** The directory's entries, directories first; empty when {@code main} has no commit or no such directory. */
    Optional<List<TreeItem>> tree(String owner, String name, String directory) {
        try (Repository repository = repositories.open(owner, name); RevWalk revWalk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.R_HEADS + LocalRepositories.BRANCH);
            if (head == null) {
                return directory.isEmpty() ? Optional.of(List.of()) : Optional.empty();
            }
            RevCommit commit = revWalk.parseCommit(head);
            try (TreeWalk walk = directory.isEmpty() ? new TreeWalk(repository) : TreeWalk.forPath(repository, directory, commit.getTree())) {
                if (walk == null || (!directory.isEmpty() && walk.getFileMode(0) != FileMode.TREE)) {
                    return Optional.empty();
                }
                if (directory.isEmpty()) {
                    walk.addTree(commit.getTree());
                } else {
                    walk.enterSubtree();
                }
                var items = new ArrayList<TreeItem>();
                while (walk.next()) {
                    items.add(new TreeItem(walk.getNameString(), walk.getPathString(), walk.getFileMode(0) == FileMode.TREE));
                }
                items.sort(Comparator.comparing((TreeItem item) -> !item.directory()).thenComparing(TreeItem::name));
                return Optional.of(items);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<FileView> file(String owner, String name, String path) {
        try (Repository repository = repositories.open(owner, name); RevWalk revWalk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.R_HEADS + LocalRepositories.BRANCH);
            if (head == null || path.isEmpty()) {
                return Optional.empty();
            }
            try (TreeWalk walk = TreeWalk.forPath(repository, path, revWalk.parseCommit(head).getTree())) {
                if (walk == null || (walk.getFileMode(0).getObjectType() != Constants.OBJ_BLOB)) {
                    return Optional.empty();
                }
                ObjectLoader blob = repository.open(walk.getObjectId(0), Constants.OBJ_BLOB);
                long size = blob.getSize();
                if (size > MAX_SHOWN_BYTES) {
                    return Optional.of(new FileView(path, size, false, List.of()));
                }
                byte[] bytes = blob.getCachedBytes(MAX_SHOWN_BYTES);
                if (RawText.isBinary(bytes)) {
                    return Optional.of(new FileView(path, size, true, List.of()));
                }
                String text = new String(bytes, StandardCharsets.UTF_8);
                List<String> lines = List.of(text.split("\r?\n", -1));
                if (text.endsWith("\n")) {
                    lines = lines.subList(0, lines.size() - 1);
                }
                return Optional.of(new FileView(path, size, false, lines));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<CommitSummary> history(String owner, String name, int limit) {
        try (Repository repository = repositories.open(owner, name); RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.R_HEADS + LocalRepositories.BRANCH);
            if (head == null) {
                return List.of();
            }
            walk.markStart(walk.parseCommit(head));
            var commits = new ArrayList<CommitSummary>();
            for (RevCommit commit : walk) {
                if (commits.size() == limit) {
                    break;
                }
                commits.add(new CommitSummary(commit.name(), commit.name().substring(0, 7), commit.getShortMessage(),
                        commit.getAuthorIdent().getName(), commit.getAuthorIdent().getWhenAsInstant()));
            }
            return commits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
