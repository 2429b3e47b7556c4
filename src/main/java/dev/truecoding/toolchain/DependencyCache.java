package dev.truecoding.toolchain;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ready {@code node_modules} folders in the data directory, keyed by the lockfile's dependencies. All generated
 * apps share one dependency set, so only the first install of a lockfile runs {@code npm ci}. A filled folder is
 * never written again: it is built in a temporary folder (confined, with network), given back to True Coding's
 * user and renamed when complete. In the sandbox every command sees it read-only at its workspace's
 * {@code node_modules}, so no build can plant a file that another person's build would run; with the sandbox
 * off, workspaces get hard links ({@code cp -al}) as before.
 */
final class DependencyCache {

    /** Lockfiles larger than this are not read: no generated app comes near it. */
    private static final long MAX_LOCKFILE_BYTES = 32L * 1024 * 1024;

    private final Path root;
    private final Path npmCache;
    private final Toolchain toolchain;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    DependencyCache(Path dataDir, Toolchain toolchain) {
        this.root = dataDir.toAbsolutePath().normalize().resolve("generation/node-modules");
        this.npmCache = dataDir.toAbsolutePath().normalize().resolve("generation/npm-cache");
        this.toolchain = toolchain;
    }

    Toolchain.Install install(Path workspace, Path home, Duration timeout) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Optional<String> key = key(workspace);
        if (key.isEmpty()) {
            return new Toolchain.Install(false, false, Duration.ZERO, "package-lock.json is missing or unreadable");
        }
        Path ready = root.resolve(key.get());
        boolean fromCache = Files.isDirectory(ready.resolve("node_modules"));
        if (!fromCache) {
            Toolchain.Run run = fill(key.get(), workspace, home, timeout);
            if (!run.ok()) {
                return new Toolchain.Install(false, false, Duration.ofNanos(System.nanoTime() - start), run.output());
            }
        }
        Path modules = workspace.resolve("node_modules");
        Sandbox sandbox = toolchain.sandbox();
        if (sandbox.state() == Sandbox.State.CONFINED) {
            // Mounted read-only by each command; only the mount point lives in the workspace.
            sandbox.prepare(Access.build(workspace, home), true);
            return new Toolchain.Install(true, fromCache, Duration.ofNanos(System.nanoTime() - start),
                    "node_modules mounted read-only from the dependency cache\n");
        }
        // Directories are copied and files hard-linked: new files the tools write stay in the workspace.
        Process link = new ProcessBuilder("cp", "-al", ready.resolve("node_modules").toString(), modules.toString())
                .redirectErrorStream(true).start();
        String output = new String(link.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ok = link.waitFor() == 0;
        return new Toolchain.Install(ok, fromCache, Duration.ofNanos(System.nanoTime() - start), output);
    }

    /**
     * Folders in {@code node_modules} that tools write their scratch files to (Vite bundles its config into
     * {@code .vite-temp}, Vitest keeps results in {@code .vite}, others use {@code .cache}): each command gets an
     * empty, private one, mounted over these empty folders of the cache.
     */
    static final List<String> SCRATCH = List.of(".vite-temp", ".vite", ".cache");

    /** The filled folder for the workspace's lockfile, if there is one. */
    Optional<Path> ready(Path workspace) {
        Optional<Path> modules = key(workspace).map(k -> root.resolve(k).resolve("node_modules"))
                .filter(Files::isDirectory);
        modules.ifPresent(DependencyCache::scratchFolders);
        return modules;
    }

    private static void scratchFolders(Path modules) {
        for (String name : SCRATCH) {
            try {
                Files.createDirectories(modules.resolve(name));
            } catch (IOException e) {
                // a file of that name: the tool gets no scratch folder, as it would in any read-only install
            }
        }
    }

    private Toolchain.Run fill(String key, Path workspace, Path home, Duration timeout)
            throws IOException, InterruptedException {
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            Path ready = root.resolve(key);
            if (Files.isDirectory(ready.resolve("node_modules"))) {
                return new Toolchain.Run(0, false, Duration.ZERO, "already cached");
            }
            Files.createDirectories(root);
            Files.createDirectories(npmCache);
            Path building = Files.createTempDirectory(root, key + ".building-");
            try {
                Files.copy(workspace.resolve("package.json"), building.resolve("package.json"));
                Files.copy(workspace.resolve("package-lock.json"), building.resolve("package-lock.json"));
                Toolchain.Run run = toolchain.run(Access.install(building, building.resolve(".home"), npmCache), timeout,
                        List.of("npm", "ci", "--cache", npmCache.toString(), "--prefer-offline", "--no-audit",
                                "--no-fund"));
                if (run.ok()) {
                    Trees.delete(building.resolve(".home"));
                    Files.createDirectories(building.resolve("node_modules")); // npm makes none for no dependencies
                    toolchain.sandbox().reclaim(building);
                    try {
                        Files.move(building, ready, StandardCopyOption.ATOMIC_MOVE);
                    } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                        // Another process finished first; its folder is as good as ours.
                    }
                }
                return run;
            } finally {
                Trees.delete(building);
            }
        }
    }

    private static Optional<String> key(Path workspace) {
        Path lockfile = workspace.resolve("package-lock.json");
        try {
            if (!Files.isRegularFile(lockfile, LinkOption.NOFOLLOW_LINKS) || Files.size(lockfile) > MAX_LOCKFILE_BYTES) {
                return Optional.empty();
            }
            return Optional.of(key(Files.readString(lockfile)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The dependencies' identity: the lockfile without the app's own name and version (which differ per app),
     * plus the platform, since some packages ship per-platform binaries.
     */
    static String key(String lockfile) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode lock = (ObjectNode) mapper.readTree(lockfile);
        lock.remove("name");
        lock.remove("version");
        JsonNode rootPackage = lock.path("packages").path("");
        if (rootPackage instanceof ObjectNode node) {
            node.remove("name");
            node.remove("version");
        }
        String identity = mapper.writeValueAsString(lock) + "|" + System.getProperty("os.name") + "|"
                + System.getProperty("os.arch");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
