package dev.truecoding.generation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A generated app: its files in a stable order and the coverage report of the plan it came from. */
public record GeneratedApp(List<GeneratedFileInfo> files, CoverageReport coverage) {

    public GeneratedApp {
        files = List.copyOf(files);
    }

    public long totalSize() {
        return files.stream().mapToLong(GeneratedFileInfo::size).sum();
    }

    /**
     * Writes every file under {@code directory}. Paths are checked first (see {@link CodeValidator#checkPath}),
     * so a file can never land outside it.
     */
    public void writeTo(Path directory) throws IOException {
        Path root = directory.toAbsolutePath().normalize();
        for (GeneratedFileInfo file : files) {
            String problem = CodeValidator.checkPath(file.path());
            if (problem != null) {
                throw new IOException(problem);
            }
            Path target = root.resolve(file.path()).normalize();
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content(), StandardCharsets.UTF_8);
        }
    }
}
