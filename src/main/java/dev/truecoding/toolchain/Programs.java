package dev.truecoding.toolchain;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finding programs on True Coding's own PATH. */
final class Programs {

    private Programs() {
    }

    static boolean onPath(String command) {
        return find(command).isPresent();
    }

    static Optional<Path> find(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return Optional.of(Path.of(dir, command));
            }
        }
        return Optional.empty();
    }
}
