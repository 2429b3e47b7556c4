package dev.truecoding.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder's files as a tree to merge or commit: what {@link GitHost#exportTree} wrote, read back. Only regular
 * files count (symbolic links are never followed), each path relative with {@code /}, checked by {@link FileToCommit}.
 */
public final class FileTrees {

    private FileTrees() {
    }

    public static List<FileToCommit> read(Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        List<FileToCommit> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(base)) {
            for (Path file : paths.sorted().toList()) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String path = base.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                files.add(new FileToCommit(path, Files.readAllBytes(file), Files.isExecutable(file)));
            }
        }
        return files;
    }
}
