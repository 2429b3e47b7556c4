package dev.truecoding.git.local;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.git.ConcurrentCommitException;
import dev.truecoding.git.FileToCommit;
import dev.truecoding.git.ProgressListener;
import dev.truecoding.git.RepositoryRef;
import dev.truecoding.system.TrueCodingProperties;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalGitHostTests {

    @TempDir
    Path dataDir;

    private final SignedInUser ada = new SignedInUser("cada0001", "ada@example.com", "Ada");

    private LocalRepositories repositories() {
        return new LocalRepositories(new TrueCodingProperties(dataDir, null, null), new org.springframework.mock.env.MockEnvironment(), "http://git.test/");
    }

    private LocalGitHost host() {
        return new LocalGitHost(repositories());
    }

    @Test
    void createsABareRepositoryWithHeadOnMain() throws Exception {
        RepositoryRef ref = host().createRepository(ada, "Recipe Box");

        assertThat(ref).isEqualTo(new RepositoryRef("cada0001", "recipe-box",
                "http://git.test/git/cada0001/recipe-box.git", "http://git.test/repositories/cada0001/recipe-box"));
        Path directory = dataDir.resolve("git/cada0001/recipe-box.git");
        assertThat(Files.readString(directory.resolve("HEAD")).strip()).isEqualTo("ref: refs/heads/main");
        assertThat(host().headCommit(ada, ref)).isEmpty();
        assertThat(host().findRepository(ada, "recipe-box")).contains(ref);
        assertThat(host().findRepository(ada, "other")).isEmpty();
    }

    @Test
    void makesNamesUniquePerOwner() {
        var host = host();
        assertThat(host.createRepository(ada, "Recipes").name()).isEqualTo("recipes");
        assertThat(host.createRepository(ada, "recipes").name()).isEqualTo("recipes-2");
        assertThat(host.createRepository(ada, "RECIPES!").name()).isEqualTo("recipes-3");
        var grace = new SignedInUser("cgrace01", "grace@example.com", "Grace");
        assertThat(host.createRepository(grace, "Recipes").name()).isEqualTo("recipes");
    }

    @Test
    void firstCommitIntoAnEmptyRepositoryHoldsExactlyTheFiles() throws Exception {
        var host = host();
        RepositoryRef ref = host.createRepository(ada, "app");
        var progress = new ArrayList<String>();

        var result = host.commitFiles(ada, ref, List.of(
                        FileToCommit.text("README.md", "# App\n"),
                        FileToCommit.text("app/page.tsx", "export default function Page() {}\n"),
                        new FileToCommit("bin/run", "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8), true)),
                "Generate the app", "True Coding", "bot@truecoding.dev",
                (written, total, bytes) -> progress.add(written + "/" + total + ":" + bytes));

        assertThat(result.sha()).hasSize(40).isEqualTo(host.headCommit(ada, ref).orElseThrow());
        assertThat(result.fileCount()).isEqualTo(3);
        assertThat(result.bytesWritten()).isEqualTo(6 + 34 + 10);
        assertThat(progress).containsExactly("1/3:6", "2/3:40", "3/3:50");
        try (Repository repository = repositories().open("cada0001", "app"); RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(repository.resolve(result.sha()));
            assertThat(commit.getParentCount()).isZero();
            assertThat(commit.getFullMessage()).isEqualTo("Generate the app\n");
            assertThat(commit.getAuthorIdent().getEmailAddress()).isEqualTo("bot@truecoding.dev");
            assertThat(files(repository, commit)).containsOnlyKeys("README.md", "app/page.tsx", "bin/run")
                    .containsEntry("README.md", "# App\n");
            try (TreeWalk tree = TreeWalk.forPath(repository, "bin/run", commit.getTree())) {
                assertThat(tree.getFileMode(0)).isEqualTo(FileMode.EXECUTABLE_FILE);
            }
        }
    }

    @Test
    void secondCommitReplacesTheTreeOnTopOfTheFirst() throws Exception {
        var host = host();
        RepositoryRef ref = host.createRepository(ada, "app");
        String first = host.commitFiles(ada, ref, List.of(FileToCommit.text("a.txt", "a"), FileToCommit.text("old/b.txt", "b")),
                "first", "T", "t@example.com", ProgressListener.NONE).sha();

        String second = host.commitFiles(ada, ref, List.of(FileToCommit.text("a.txt", "a2"), FileToCommit.text("c.txt", "c")),
                "second", "T", "t@example.com", ProgressListener.NONE).sha();

        try (Repository repository = repositories().open("cada0001", "app"); RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(repository.resolve(Constants.R_HEADS + "main"));
            assertThat(commit.name()).isEqualTo(second);
            assertThat(commit.getParent(0).name()).isEqualTo(first);
            assertThat(files(repository, commit)).containsExactlyInAnyOrderEntriesOf(Map.of("a.txt", "a2", "c.txt", "c"));
        }
    }

    @Test
    void aCommitThatLandedMeanwhileIsNeverOverwritten() {
        var host = host();
        RepositoryRef ref = host.createRepository(ada, "app");
        String base = host.commitFiles(ada, ref, List.of(FileToCommit.text("a.txt", "base")), "base", "T", "t@example.com",
                ProgressListener.NONE).sha();
        var interfered = new AtomicBoolean();
        // The listener runs after the head was read and before the branch moves: another commit lands right then.
        ProgressListener anotherCommitLands = (written, total, bytes) -> {
            if (interfered.compareAndSet(false, true)) {
                host.commitFiles(ada, ref, List.of(FileToCommit.text("a.txt", "theirs")), "theirs", "T", "t@example.com",
                        ProgressListener.NONE);
            }
        };

        assertThatThrownBy(() -> host.commitFiles(ada, ref, List.of(FileToCommit.text("a.txt", "mine")), "mine", "T",
                "t@example.com", anotherCommitLands))
                .isInstanceOf(ConcurrentCommitException.class)
                .hasMessageContaining("changed while the commit was being written");
        String theirs = host.headCommit(ada, ref).orElseThrow();
        assertThat(theirs).isNotEqualTo(base);
    }

    @Test
    void aCommitOntoAHeadThatMovedSinceIsRefusedAndOneOntoTheHeadLands() {
        var host = host();
        RepositoryRef ref = host.createRepository(ada, "onto");
        String merged = host.commitFiles(ada, ref, List.of(FileToCommit.text("a.txt", "base")), "base", "T", "t@example.com",
                ProgressListener.NONE).sha();
        String owners = host.commitFiles(ada, ref, List.of(FileToCommit.text("a.txt", "pushed meanwhile")), "push", "T",
                "t@example.com", ProgressListener.NONE).sha();

        assertThatThrownBy(() -> host.commitOnto(ada, ref, merged, List.of(FileToCommit.text("a.txt", "merged on base")),
                "change", "T", "t@example.com", ProgressListener.NONE)).isInstanceOf(ConcurrentCommitException.class);
        assertThat(host.headCommit(ada, ref)).contains(owners);

        String change = host.commitOnto(ada, ref, owners, List.of(FileToCommit.text("a.txt", "merged on the push")),
                "change", "T", "t@example.com", ProgressListener.NONE).sha();
        assertThat(host.headCommit(ada, ref)).contains(change);
        assertThatThrownBy(() -> host.commitOnto(ada, ref, "not-a-sha", List.of(FileToCommit.text("a.txt", "x")),
                "change", "T", "t@example.com", ProgressListener.NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesEmptyDuplicateAndConflictingFileLists() {
        var host = host();
        RepositoryRef ref = host.createRepository(ada, "app");
        assertThatThrownBy(() -> host.commitFiles(ada, ref, List.of(), "m", "T", "t@example.com", ProgressListener.NONE))
                .hasMessageContaining("at least one file");
        assertThatThrownBy(() -> host.commitFiles(ada, ref, List.of(FileToCommit.text("a", "1"), FileToCommit.text("a", "2")),
                "m", "T", "t@example.com", ProgressListener.NONE)).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> host.commitFiles(ada, ref, List.of(FileToCommit.text("a", "1"), FileToCommit.text("a/b", "2")),
                "m", "T", "t@example.com", ProgressListener.NONE)).hasMessageContaining("both a file and a directory");
        assertThat(host.headCommit(ada, ref)).isEmpty();
    }

    @Test
    void refusesLookupsWithUnsafeNames() {
        assertThat(host().findRepository(ada, "../cada0001")).isEmpty();
        assertThatThrownBy(() -> repositories().directory("..", "app")).isInstanceOf(IllegalArgumentException.class);
    }

    static Map<String, String> files(Repository repository, RevCommit commit) throws Exception {
        var files = new LinkedHashMap<String, String>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                files.put(walk.getPathString(), new String(repository.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
