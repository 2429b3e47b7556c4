package dev.truecoding.git;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileToCommitTests {

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "app/../../x", "./a", "a//b", "a/"})
    void refusesRelativeEscapesAndEmptySegments(String path) {
        assertThatThrownBy(() -> FileToCommit.text(path, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'..' segment");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "C:/Windows/x", "a\\b"})
    void refusesAbsolutePaths(String path) {
        assertThatThrownBy(() -> FileToCommit.text(path, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
    }

    @ParameterizedTest
    @ValueSource(strings = {".git/hooks/pre-commit", "app/.GIT/config", ".git./x", "GIT~1/config"})
    void refusesWritingIntoGitsOwnDirectory(String path) {
        assertThatThrownBy(() -> FileToCommit.text(path, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("writes into .git");
    }

    @Test
    void refusesNulAndLongPaths() {
        assertThatThrownBy(() -> FileToCommit.text("a\0b", "x")).hasMessageContaining("NUL");
        assertThatThrownBy(() -> FileToCommit.text("a/".repeat(250) + "b", "x")).hasMessageContaining("longer than 500");
    }

    @Test
    void acceptsOrdinaryPathsIncludingGitHubFolders() {
        assertThat(FileToCommit.text(".github/workflows/ci.yml", "on: push").path()).isEqualTo(".github/workflows/ci.yml");
        assertThat(FileToCommit.text(".gitignore", "node_modules").content()).hasSize(12);
        assertThat(FileToCommit.text("app/[id]/page.tsx", "").path()).isEqualTo("app/[id]/page.tsx");
    }
}
