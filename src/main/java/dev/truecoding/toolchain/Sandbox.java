package dev.truecoding.toolchain;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Confinement of every command run on people's code, with bubblewrap ({@code bwrap}, Debian's {@code bubblewrap}):
 * new user, pid, IPC, UTS and network namespaces; the system's programs and {@code /etc} read-only; a private
 * {@code /proc}, {@code /dev} and {@code /tmp}; True Coding's data directory replaced by an empty folder, with only
 * the command's own workspace, home and listed folders bound back, writable; the dependency cache bound read-only
 * at {@code node_modules}. When True Coding runs as root, the command also runs as another user ({@code setpriv}),
 * so even what the namespaces let through is not True Coding's to read. {@code prlimit} bounds processes, CPU time
 * and file size.
 *
 * <p>Without bubblewrap (or where it cannot make namespaces) people's code is refused, unless the setting says the
 * machine is single-user ({@code TRUECODING_SANDBOX=off}).
 */
public final class Sandbox {

    /** Whether people's code runs confined, unconfined by choice, or not at all. */
    public enum State { CONFINED, OFF, UNAVAILABLE }

    private static final List<String> SYSTEM_LINKS_OR_DIRS = List.of("/bin", "/sbin", "/lib", "/lib64", "/lib32",
            "/libx32");

    private final SandboxSettings settings;
    private final Path dataDir;
    private final boolean root;
    private final List<Path> programDirs;
    private final State state;
    private final String reason;

    private Sandbox(SandboxSettings settings, Path dataDir, boolean root, List<Path> programDirs, State state,
                    String reason) {
        this.settings = settings;
        this.dataDir = dataDir;
        this.root = root;
        this.programDirs = programDirs;
        this.state = state;
        this.reason = reason;
    }

    /** Finds out, once, whether bubblewrap works here (it needs user namespaces), by running {@code true} in it. */
    public static Sandbox detect(SandboxSettings settings, Path dataDir) {
        Path data = dataDir.toAbsolutePath().normalize();
        boolean root = ownUid() == 0;
        List<Path> programs = programDirs();
        if (settings.off()) {
            return new Sandbox(settings, data, root, programs, State.OFF,
                    "TRUECODING_SANDBOX=off: people's code runs as True Coding's own user (a single-user machine only)");
        }
        if (!Programs.onPath("bwrap") || !Programs.onPath("prlimit") || root && !Programs.onPath("setpriv")) {
            return new Sandbox(settings, data, root, programs, State.UNAVAILABLE,
                    "bubblewrap is not installed (Debian: apt-get install bubblewrap), so people's code is not run; "
                            + "set TRUECODING_SANDBOX=off only on a single-user machine");
        }
        Sandbox candidate = new Sandbox(settings, data, root, programs, State.CONFINED, null);
        String failure = candidate.probe();
        if (failure != null) {
            return new Sandbox(settings, data, root, programs, State.UNAVAILABLE,
                    "bubblewrap cannot confine commands here (" + failure + "), so people's code is not run; "
                            + "set TRUECODING_SANDBOX=off only on a single-user machine");
        }
        return candidate;
    }

    public State state() {
        return state;
    }

    /** Whether people's code may run at all. */
    public boolean runs() {
        return state != State.UNAVAILABLE;
    }

    /** One line for the log at start and for pages: what happens to people's code here. */
    public String describe() {
        return switch (state) {
            case CONFINED -> "People's code runs in a bubblewrap sandbox" + (root ? " as uid " + settings.uid() : "")
                    + ": only its own workspace is writable, True Coding's data is invisible, builds and tests have "
                    + "no network.";
            case OFF, UNAVAILABLE -> reason;
        };
    }

    SandboxSettings settings() {
        return settings;
    }

    /** The command line that runs {@code command} in {@code directory} confined to {@code access}. */
    List<String> wrap(Access access, Path dependencies, Path directory, List<String> command) {
        if (state == State.OFF) {
            return command;
        }
        if (state == State.UNAVAILABLE) {
            throw new SandboxUnavailableException(reason);
        }
        List<String> argv = new ArrayList<>();
        argv.add("prlimit");
        argv.add("--core=0");
        argv.add("--fsize=" + settings.maxFileMb() * 1024L * 1024L);
        if (!access.longRunning()) {
            argv.add("--cpu=" + Math.max(1, settings.cpuTime().toSeconds()));
        }
        if (root) {
            // Counted per user: only meaningful for the sandbox's own user, never for True Coding's threads.
            argv.add("--nproc=" + settings.maxProcesses());
            argv.add("--");
            argv.addAll(List.of("setpriv", "--reuid=" + settings.uid(), "--regid=" + settings.gid(), "--clear-groups",
                    "--inh-caps=-all", "--bounding-set=-all"));
        }
        argv.add("--");
        argv.addAll(List.of("bwrap", "--unshare-all", "--new-session", "--cap-drop", "ALL"));
        if (access.network()) {
            argv.add("--share-net");
        }
        argv.addAll(List.of("--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc"));
        for (String path : SYSTEM_LINKS_OR_DIRS) {
            Path p = Path.of(path);
            try {
                if (Files.isSymbolicLink(p)) {
                    argv.addAll(List.of("--symlink", Files.readSymbolicLink(p).toString(), path));
                } else if (Files.isDirectory(p)) {
                    argv.addAll(List.of("--ro-bind", path, path));
                }
            } catch (IOException unreadable) {
                // not there to bind
            }
        }
        for (Path programs : programDirs) {
            argv.addAll(List.of("--ro-bind", programs.toString(), programs.toString()));
        }
        argv.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"));
        // Whatever of the data directory the binds above could show is covered; only the command's own folders return.
        argv.addAll(List.of("--tmpfs", dataDir.toString()));
        argv.addAll(List.of("--bind", access.workspace().toString(), access.workspace().toString()));
        if (!access.home().startsWith(access.workspace())) {
            argv.addAll(List.of("--bind", access.home().toString(), access.home().toString()));
        }
        for (Path writable : access.writable()) {
            argv.addAll(List.of("--bind", writable.toString(), writable.toString()));
        }
        if (dependencies != null) {
            Path modules = access.workspace().resolve("node_modules");
            argv.addAll(List.of("--ro-bind", dependencies.toString(), modules.toString()));
            for (String scratch : DependencyCache.SCRATCH) {
                if (Files.isDirectory(dependencies.resolve(scratch), LinkOption.NOFOLLOW_LINKS)) {
                    argv.addAll(List.of("--tmpfs", modules.resolve(scratch).toString()));
                }
            }
        }
        argv.addAll(List.of("--chdir", directory.toAbsolutePath().normalize().toString(), "--"));
        argv.addAll(command);
        return argv;
    }

    /**
     * Makes the command's folders its own: owned by the sandbox's user when True Coding runs as root (links are
     * changed, never followed, so a planted link cannot hand over one of True Coding's files); the mount point of
     * the dependencies is made fresh.
     */
    void prepare(Access access, boolean dependencies) throws IOException {
        if (state != State.CONFINED) {
            return;
        }
        for (Path dir : folders(access)) {
            Files.createDirectories(dir);
        }
        if (dependencies) {
            Path mountPoint = access.workspace().resolve("node_modules");
            if (!Files.isDirectory(mountPoint, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(mountPoint);
                Files.createDirectory(mountPoint);
            }
        }
        if (root) {
            for (Path dir : folders(access)) {
                chown(dir, settings.uid(), settings.gid());
                traversable(dir);
            }
        }
    }

    /**
     * bubblewrap sets up its mounts as the sandbox's user, who must be able to pass through the folders of the data
     * directory that lead to a bound folder: they get others' execute bit (pass, not list). Everything in them keeps
     * its own mode: keys, databases and repositories stay owner-only.
     */
    void traversable(Path bound) throws IOException {
        if (state != State.CONFINED || !root) {
            return;
        }
        for (Path dir = bound.getParent(); dir != null && dir.startsWith(dataDir); dir = dir.getParent()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(dir, permissions);
            }
        }
    }

    /** Gives a tree the sandbox wrote back to True Coding's own user, so no later sandboxed command may change it. */
    void reclaim(Path tree) throws IOException {
        if (state == State.CONFINED && root) {
            chown(tree, 0, 0);
            Set<PosixFilePermission> readable = PosixFilePermissions.fromString("rwxr-xr-x");
            Files.setPosixFilePermissions(tree, readable); // a temporary folder is owner-only; this one is shared
        }
    }

    private static List<Path> folders(Access access) {
        List<Path> folders = new ArrayList<>(List.of(access.workspace(), access.home()));
        folders.addAll(access.writable());
        return folders;
    }

    private static void chown(Path tree, int uid, int gid) throws IOException {
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                own(dir);
                // The dependencies mounted there are the cache's, not this workspace's.
                return dir.getFileName() != null && dir.getFileName().toString().equals("node_modules")
                        && !dir.equals(tree) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                own(file);
                return FileVisitResult.CONTINUE;
            }

            private void own(Path path) throws IOException {
                Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
            }
        });
    }

    /**
     * Runs {@code true} confined, in a scratch folder outside the data directory (which it leaves as it is); null
     * when it worked, else what went wrong. As root, the folders above the data directory must let the sandbox's
     * user pass, or no workspace in it could be bound.
     */
    private String probe() {
        if (root) {
            for (Path dir = dataDir.getParent(); dir != null; dir = dir.getParent()) {
                try {
                    if (!Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                        return "uid " + settings.uid() + " cannot pass through " + dir + " to the data directory "
                                + "(chmod o+x it, or set TRUECODING_DATA_DIR elsewhere)";
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    return "cannot read the permissions of " + dir;
                }
            }
        }
        try {
            Path scratch = Files.createTempDirectory("truecoding-sandbox-probe-");
            try {
                Access access = Access.build(scratch, scratch);
                prepare(access, false);
                Process process = new ProcessBuilder(wrap(access, null, scratch, List.of("true")))
                        .redirectErrorStream(true).start();
                boolean done = process.waitFor(10, TimeUnit.SECONDS);
                String output = new String(process.getInputStream().readNBytes(2000)).strip();
                if (!done) {
                    process.destroyForcibly();
                    return "no answer within 10 s";
                }
                return process.exitValue() == 0 ? null : output.isEmpty() ? "exit code " + process.exitValue() : output;
            } finally {
                Trees.delete(scratch);
            }
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Where node and npm really live, when that is outside {@code /usr} (nvm, /opt): bound read-only too. */
    private static List<Path> programDirs() {
        List<Path> dirs = new ArrayList<>();
        for (String program : List.of("node", "npm", "git")) {
            Programs.find(program).ifPresent(path -> {
                try {
                    Path real = path.toRealPath();
                    Path prefix = real.getParent() == null ? null : real.getParent().getParent();
                    if (prefix != null && !real.startsWith("/usr") && !real.startsWith("/etc") && !dirs.contains(prefix)) {
                        dirs.add(prefix);
                    }
                } catch (IOException gone) {
                    // not installed after all
                }
            });
        }
        return dirs;
    }

    static int ownUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }
}
