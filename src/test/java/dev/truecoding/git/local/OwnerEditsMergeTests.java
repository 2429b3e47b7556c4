package dev.truecoding.git.local;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.git.FileToCommit;
import dev.truecoding.git.FileTrees;
import dev.truecoding.git.MergeConflict;
import dev.truecoding.git.RepositoryRef;
import dev.truecoding.git.TreeMerge;
import dev.truecoding.git.TreeMergeResult;
import dev.truecoding.support.GitCommand;
import dev.truecoding.system.TrueCodingProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Generating again over a repository the owner pushed to with the real git client: the three-way merge of what
 * True Coding last committed, the new generation and the repository's head keeps the owner's work.
 */
class OwnerEditsMergeTests {

    private static final String PAGE_V1 = """
            export default function Recipes() {
              const title = "Recipes";
              const subtitle = "Every recipe of the family";
              const empty = "No recipes yet";
              const columns = ["title", "servings"];
              return <List title={title} columns={columns} />;
            }
            """;

    @TempDir
    Path dataDir;
    @TempDir
    Path scratch;

    private final SignedInUser ada = new SignedInUser("cada0001", "ada@example.com", "Ada");
    private LocalGitHost host;
    private RepositoryRef repository;
    private String generatedSha;
    private GitCommand git;
    private Path clone;

    @BeforeEach
    void aGeneratedAppTheOwnerHasCloned() throws Exception {
        assumeTrue(GitCommand.available(), "Skipped: no git client on this machine");
        LocalRepositories repositories = new LocalRepositories(new TrueCodingProperties(dataDir, null, null),
                new MockEnvironment(), "http://git.test/");
        host = new LocalGitHost(repositories);
        repository = host.createRepository(ada, "recipes");
        generatedSha = host.commitFiles(ada, repository, List.of(
                        FileToCommit.text("app/recipes/page.tsx", PAGE_V1),
                        FileToCommit.text("app/meetings/page.tsx", "export default function Meetings() {}\n"),
                        FileToCommit.text("README.md", "# Recipes\n")),
                "Generate the app", "True Coding", "bot@truecoding.dev", (written, total, bytes) -> {
                }).sha();
        git = new GitCommand(scratch);
        assertThat(git.run(scratch, null, null, "clone", repositories.directory(ada.id(), "recipes").toString(), "work")
                .succeeded()).isTrue();
        clone = scratch.resolve("work");
    }

    @Test
    void anOwnerEditToAGeneratedFileAndANewOwnerFileAreBothKept() throws Exception {
        ownerCommits("app/recipes/page.tsx", PAGE_V1.replace("\"Recipes\"", "\"Family recipes\""));
        ownerCommits("lib/analytics.ts", "export const track = () => {};\n");

        List<FileToCommit> generated = List.of(
                FileToCommit.text("app/recipes/page.tsx", PAGE_V1.replace("\"servings\"]", "\"servings\", \"prepMinutes\"]")),
                FileToCommit.text("app/meetings/page.tsx", "export default function Meetings() {}\n"),
                FileToCommit.text("README.md", "# Recipes\n"));
        TreeMergeResult merge = merge(generated);

        assertThat(merge.clean()).isTrue();
        assertThat(merge.written()).containsExactly("app/recipes/page.tsx");
        assertThat(merge.ownerEdits()).containsExactly("app/recipes/page.tsx", "lib/analytics.ts");
        commitAndPull(merge);
        assertThat(Files.readString(clone.resolve("app/recipes/page.tsx")))
                .contains("const title = \"Family recipes\";")
                .contains("[\"title\", \"servings\", \"prepMinutes\"]");
        assertThat(clone.resolve("lib/analytics.ts")).hasContent("export const track = () => {};");
    }

    @Test
    void aConflictingEditIsReportedWithItsHunksAndNothingIsWritten() throws Exception {
        ownerCommits("app/recipes/page.tsx", PAGE_V1.replace("[\"title\", \"servings\"]", "[\"title\"]"));
        String headBefore = host.headCommit(ada, repository).orElseThrow();

        TreeMergeResult merge = merge(List.of(
                FileToCommit.text("app/recipes/page.tsx", PAGE_V1.replace("\"servings\"]", "\"servings\", \"prepMinutes\"]")),
                FileToCommit.text("app/meetings/page.tsx", "export default function Meetings() {}\n"),
                FileToCommit.text("README.md", "# Recipes, now with prep times\n")));

        assertThat(merge.clean()).isFalse();
        assertThat(merge.tree()).isEmpty();
        assertThat(merge.written()).isEmpty();
        assertThat(merge.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.path()).isEqualTo("app/recipes/page.tsx");
            assertThat(conflict.kind()).isEqualTo(MergeConflict.Kind.CONTENT);
            assertThat(conflict.hunks()).singleElement().satisfies(hunk -> {
                assertThat(hunk.generatedLine()).isEqualTo(5);
                assertThat(hunk.generated()).containsExactly("  const columns = [\"title\", \"servings\", \"prepMinutes\"];");
                assertThat(hunk.repository()).containsExactly("  const columns = [\"title\"];");
                assertThat(hunk.base()).containsExactly("  const columns = [\"title\", \"servings\"];");
            });
            assertThat(conflict.withMarkers()).contains("<<<<<<< generated", "=======", ">>>>>>> repository");
        });
        assertThat(host.headCommit(ada, repository)).contains(headBefore);
    }

    @Test
    void aFileTheNewPlanDroppedIsDeletedAndOneTheOwnerEditedIsKept() throws Exception {
        ownerCommits("README.md", "# Recipes\n\nOur family's own cookbook.\n");

        TreeMergeResult merge = merge(List.of(FileToCommit.text("app/recipes/page.tsx", PAGE_V1),
                FileToCommit.text("app/gatherings/page.tsx", "export default function Gatherings() {}\n")));

        assertThat(merge.clean()).isTrue();
        assertThat(merge.deleted()).containsExactly("app/meetings/page.tsx");
        assertThat(merge.keptDropped()).containsExactly("README.md");
        commitAndPull(merge);
        assertThat(clone.resolve("app/meetings/page.tsx")).doesNotExist();
        assertThat(clone.resolve("app/gatherings/page.tsx")).exists();
        assertThat(clone.resolve("README.md")).hasContent("# Recipes\n\nOur family's own cookbook.");
        assertThat(git.run(clone, null, null, "log", "--format=%s").output())
                .contains("Change the app", "Owner's edit of README.md", "Generate the app");
    }

    @Test
    void aFileTheOwnerDeletedStaysDeletedUnlessTheGenerationChangesIt() throws Exception {
        ownerRemoves("app/meetings/page.tsx");
        ownerRemoves("README.md");

        TreeMergeResult merge = merge(List.of(FileToCommit.text("app/recipes/page.tsx", PAGE_V1),
                FileToCommit.text("app/meetings/page.tsx", "export default function Meetings() {}\n"),
                FileToCommit.text("README.md", "# Recipes, with meetings\n")));

        assertThat(merge.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.path()).isEqualTo("README.md");
            assertThat(conflict.kind()).isEqualTo(MergeConflict.Kind.DELETED_IN_REPOSITORY);
        });
    }

    private TreeMergeResult merge(List<FileToCommit> generated) throws Exception {
        return TreeMerge.merge(tree(generatedSha), generated, tree(host.headCommit(ada, repository).orElseThrow()));
    }

    private List<FileToCommit> tree(String sha) throws Exception {
        Path folder = Files.createTempDirectory(scratch, "tree");
        host.exportTree(ada, repository, sha, folder);
        return FileTrees.read(folder);
    }

    private void commitAndPull(TreeMergeResult merge) throws Exception {
        host.commitFiles(ada, repository, merge.tree(), "Change the app", "True Coding", "bot@truecoding.dev",
                (written, total, bytes) -> {
                });
        assertThat(git.run(clone, null, null, "pull", "--ff-only").succeeded()).isTrue();
    }

    private void ownerCommits(String path, String content) throws Exception {
        Files.createDirectories(clone.resolve(path).getParent());
        Files.writeString(clone.resolve(path), content);
        push("add", path, "Owner's edit of " + path);
    }

    private void ownerRemoves(String path) throws Exception {
        push("rm", path, "Owner removes " + path);
    }

    private void push(String command, String path, String message) throws Exception {
        GitCommand.Result staged = git.run(clone, null, null, command, "--", path);
        assertThat(staged.succeeded()).as(staged.output()).isTrue();
        assertThat(git.run(clone, null, null, "commit", "-q", "-m", message).succeeded()).isTrue();
        GitCommand.Result push = git.run(clone, null, null, "push", "-q", "origin", "main");
        assertThat(push.succeeded()).as(push.output()).isTrue();
    }
}
