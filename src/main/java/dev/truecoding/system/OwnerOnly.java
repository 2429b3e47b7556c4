package dev.truecoding.system;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders only True Coding's own user may read: the data directory holds password hashes (the embedded
 * database), the key that decrypts every stored token, and everyone's repositories. Java cannot set a umask, so
 * each place that creates such a folder creates it owner-only. On file systems without POSIX permissions
 * (Windows) these are plain creations.
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> PASSABLE = PosixFilePermissions.fromString("rwx-----x");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** Like {@link Files#createDirectories}, every folder it creates being owner-only. */
    public static Path createDirectories(Path directory) throws IOException {
        return POSIX ? Files.createDirectories(directory, attribute(DIRECTORY)) : Files.createDirectories(directory);
    }

    /** Like {@link Files#createDirectory}: fails if it exists, which callers use to claim a name. */
    public static Path createDirectory(Path directory) throws IOException {
        return POSIX ? Files.createDirectory(directory, attribute(DIRECTORY)) : Files.createDirectory(directory);
    }

    /**
     * Takes group and other permissions away from an existing file or folder; true when it had any. A folder others
     * may only pass through ({@code rwx-----x}) is left so: the sandbox's user must reach its own workspace inside the
     * data directory (toolchain's {@code Sandbox}), and sees nothing there, since what lies inside keeps its own mode.
     */
    public static boolean restrict(Path path) throws IOException {
        if (!POSIX || !Files.exists(path)) {
            return false;
        }
        Set<PosixFilePermission> wanted = Files.isDirectory(path) ? DIRECTORY : FILE;
        Set<PosixFilePermission> current = Files.getPosixFilePermissions(path);
        if (wanted.containsAll(current) || Files.isDirectory(path) && current.equals(PASSABLE)) {
            return false;
        }
        current.retainAll(wanted);
        Files.setPosixFilePermissions(path, current);
        return true;
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
