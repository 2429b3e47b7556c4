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
    void aTreeNamingAPathTwiceIsRefused() {
        assertThatThrownBy(() -> TreeMerge.merge(base, with(base, base.getFirst()), base))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("app/page.tsx");
    }

    private static List<FileToCommit> with(List<FileToCommit> files, FileToCommit... more) {
        var all = new java.util.ArrayList<>(files);
        all.addAll(List.of(more));
        return all;
    }
}
