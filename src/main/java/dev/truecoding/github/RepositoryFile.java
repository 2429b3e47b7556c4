package dev.truecoding.github;

import java.util.Objects;

/** A file to commit: its path inside the repository ({@code /}-separated, relative) and its text. */
public record RepositoryFile(String path, String content) {

    public RepositoryFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    boolean isWorkflow() {
        return path.startsWith(".github/workflows/");
    }
}
