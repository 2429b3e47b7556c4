package dev.truecoding.git;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The three-way merge's rules on small trees (the real-repository cases are in OwnerEditsMergeTests). */
class TreeMergeTests {

    private final List<FileToCommit> base = List.of(FileToCommit.text("app/page.tsx", "one\ntwo\nthree\n"),
            new FileToCommit("bin/setup", "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8), false));

    @Test
    void aFileBothSidesAddedDifferentlyIsAConflictAndTheSameFileIsNot() {
        var generated = with(base, FileToCommit.text("app/tags/page.tsx", "generated\n"), FileToCommit.text("LICENSE", "MIT\n"));
        var repository = with(base, FileToCommit.text("app/tags/page.tsx", "mine\n"), FileToCommit.text("LICENSE", "MIT\n"));

        TreeMergeResult merge = TreeMerge.merge(base, generated, repository);

        assertThat(merge.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.path()).isEqualTo("app/tags/page.tsx");
            assertThat(conflict.kind()).isEqualTo(MergeConflict.Kind.ADDED_BOTH);
            assertThat(conflict.hunks()).singleElement().satisfies(hunk -> {
                assertThat(hunk.generated()).containsExactly("generated");
                assertThat(hunk.repository()).containsExactly("mine");
                assertThat(hunk.base()).isEmpty();
            });
        });
    }

    @Test
    void theOwnersExecutableBitIsKept() {
        var repository = List.of(base.getFirst(), new FileToCommit("bin/setup", "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8), true));
        var generated = List.of(FileToCommit.text("app/page.tsx", "one\ntwo\nthree\nfour\n"), base.get(1));

        TreeMergeResult merge = TreeMerge.merge(base, generated, repository);

        assertThat(merge.clean()).isTrue();
        assertThat(merge.tree()).filteredOn(file -> file.path().equals("bin/setup")).singleElement()
                .satisfies(file -> assertThat(file.executable()).isTrue());
        assertThat(merge.written()).containsExactly("app/page.tsx");
        assertThat(merge.changesRepository()).isTrue();
    }

    @Test
    void nothingChangedOnEitherSideChangesNothing() {
        TreeMergeResult merge = TreeMerge.merge(base, base, base);

        assertThat(merge.tree()).containsExactlyElementsOf(base);
        assertThat(merge.changesRepository()).isFalse();
    }

    @Test
    void aChosenSideSettlesEachConflictingHunkAndKeepsTheOtherSidesEditsElsewhere() {
        var generated = List.of(FileToCommit.text("app/page.tsx", "one\nTWO generated\nthree\nfour\n"), base.get(1),
                FileToCommit.text("app/new.tsx", "new\n"));
        var repository = List.of(FileToCommit.text("app/page.tsx", "zero\none\nTWO mine\nthree\n"));

        assertThat(TreeMerge.merge(base, generated, repository).clean()).isFalse();

        TreeMergeResult generatedWins = TreeMerge.merge(base, generated, repository, ConflictSide.GENERATED);
        assertThat(generatedWins.clean()).isTrue();
        assertThat(text(generatedWins, "app/page.tsx")).isEqualTo("zero\none\nTWO generated\nthree\nfour\n");
        assertThat(generatedWins.tree()).extracting(FileToCommit::path).contains("app/new.tsx")
                .as("the owner deleted bin/setup, the generation left it as it was").doesNotContain("bin/setup");
        assertThat(generatedWins.written()).containsExactlyInAnyOrder("app/page.tsx", "app/new.tsx");

        TreeMergeResult repositoryWins = TreeMerge.merge(base, generated, repository, ConflictSide.REPOSITORY);
        assertThat(text(repositoryWins, "app/page.tsx")).isEqualTo("zero\none\nTWO mine\nthree\nfour\n");
    }

    @Test
    void aChosenSideSettlesAFileDeletedOnOneSideAndChangedOnTheOther() {
        var generated = List.of(FileToCommit.text("app/page.tsx", "one\ntwo\nthree\nfour\n"), base.get(1));
        var repository = List.of(base.get(1));

        assertThat(TreeMerge.merge(base, generated, repository).conflicts()).singleElement()
                .satisfies(conflict -> assertThat(conflict.kind()).isEqualTo(MergeConflict.Kind.DELETED_IN_REPOSITORY));

        TreeMergeResult generatedWins = TreeMerge.merge(base, generated, repository, ConflictSide.GENERATED);
        assertThat(text(generatedWins, "app/page.tsx")).isEqualTo("one\ntwo\nthree\nfour\n");
        assertThat(generatedWins.written()).containsExactly("app/page.tsx");
        TreeMergeResult repositoryWins = TreeMerge.merge(base, generated, repository, ConflictSide.REPOSITORY);
        assertThat(repositoryWins.clean()).isTrue();
        assertThat(repositoryWins.tree()).extracting(FileToCommit::path).containsExactly("bin/setup");
        assertThat(repositoryWins.changesRepository()).isFalse();
    }

    @Test
    void aTreeNamingAPathTwiceIsRefused() {
        assertThatThrownBy(() -> TreeMerge.merge(base, with(base, base.getFirst()), base))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("app/page.tsx");
    }

    private static String text(TreeMergeResult merge, String path) {
        return merge.tree().stream().filter(file -> file.path().equals(path)).findFirst()
                .map(file -> new String(file.content(), StandardCharsets.UTF_8)).orElseThrow();
    }

    private static List<FileToCommit> with(List<FileToCommit> files, FileToCommit... more) {
        var all = new java.util.ArrayList<>(files);
        all.addAll(List.of(more));
        return all;
    }
}
