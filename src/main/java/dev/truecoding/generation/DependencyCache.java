package dev.truecoding.generation;

import dev.truecoding.generation.validation.ProcessRunner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Ready {@code node_modules} folders in the data directory, keyed by the lockfile's dependencies. All generated
 * apps share one dependency set, so only the first install runs {@code npm ci}; later ones hard-link the ready
 * folder into their workspace ({@code cp -al}, under a second). The cached folder is never written in place:
 * it is built in a temporary folder and renamed when complete.
 */
public class DependencyCache {

    /** How a workspace got its dependencies. */
    public record Install(boolean fromCache, ProcessRunner.Run run) {

        /** Whether node_modules is in place (for modules that cannot see {@link ProcessRunner}). */
        public boolean ok() {
            return run.ok();
        }

        /** What npm or cp printed. */
        public String output() {
            return run.output();
        }
    }

    private final Path root;
    private final Path npmCache;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    public DependencyCache(Path dataDir) {
        this.root = dataDir.toAbsolutePath().normalize().resolve("generation/node-modules");
        this.npmCache = dataDir.toAbsolutePath().normalize().resolve("generation/npm-cache");
    }

    /** Gives {@code workspace} (holding package.json and package-lock.json) a node_modules folder. */
    public Install install(Path workspace, Duration timeout) throws IOException, InterruptedException {
        String key = key(Files.readString(workspace.resolve("package-lock.json")));
        Path ready = root.resolve(key);
        boolean fromCache = Files.isDirectory(ready.resolve("node_modules"));
        if (!fromCache) {
            ProcessRunner.Run run = fill(key, workspace, timeout);
            if (!run.ok()) {
                return new Install(false, run);
            }
        }
        // Directories are copied and files hard-linked: new files the tools write stay in the workspace.
        ProcessRunner.Run link = ProcessRunner.run(workspace, timeout,
                List.of("cp", "-al", ready.resolve("node_modules").toString(), workspace.resolve("node_modules").toString()));
        return new Install(fromCache, link);
    }

    private ProcessRunner.Run fill(String key, Path workspace, Duration timeout) throws IOException, InterruptedException {
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            Path ready = root.resolve(key);
            if (Files.isDirectory(ready.resolve("node_modules"))) {
                return new ProcessRunner.Run(0, false, Duration.ZERO, "already cached");
            }
            Files.createDirectories(root);
            Path building = Files.createTempDirectory(root, key + ".building-");
            try {
                Files.copy(workspace.resolve("package.json"), building.resolve("package.json"));
                Files.copy(workspace.resolve("package-lock.json"), building.resolve("package-lock.json"));
                ProcessRunner.Run run = ProcessRunner.run(building, timeout, List.of("npm", "ci", "--cache",
                        npmCache.toString(), "--prefer-offline", "--no-audit", "--no-fund"));
                if (run.ok()) {
                    try {
                        Files.move(building, ready, StandardCopyOption.ATOMIC_MOVE);
                    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                        // Another process finished first; its folder is as good as ours.
                    }
                }
                return run;
            } finally {
                delete(building);
            }
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

    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
