package dev.truecoding.toolchain;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one way True Coding runs node and npm on code it did not write itself: in the {@link Sandbox}, with a clean
 * environment ({@link CleanEnvironment}), the {@link DependencyCache}'s {@code node_modules} bound read-only, time
 * limits, bounded output and process-tree stops.
 */
public class Toolchain {

    /** How a command ended: exit code (-1 on time-out), time taken and the end of its output. */
    public record Run(int exitCode, boolean timedOut, Duration duration, String output) {
        public boolean ok() {
            return exitCode == 0 && !timedOut;
        }
    }

    /** How a workspace got its dependencies. */
    public record Install(boolean ok, boolean fromCache, Duration duration, String output) {
    }

    /** The output kept of one {@link #run}: its end, plenty for an excerpt. */
    static final int KEPT_OUTPUT_CHARS = 512 * 1024;

    private final Sandbox sandbox;
    private final DependencyCache cache;

    public Toolchain(Path dataDir, SandboxSettings settings) {
        this(Sandbox.detect(settings, dataDir), dataDir);
    }

    Toolchain(Sandbox sandbox, Path dataDir) {
        this.sandbox = sandbox;
        this.cache = new DependencyCache(dataDir, this);
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /** Whether node and npm are on True Coding's PATH. */
    public static boolean npmAvailable() {
        return Programs.onPath("npm") && Programs.onPath("node");
    }

    /** Whether people's code can be installed, built and run here: npm is there and a sandbox (or "off"). */
    public boolean runsPeoplesCode() {
        return npmAvailable() && sandbox.runs();
    }

    /**
     * Gives {@code workspace} (holding package.json and package-lock.json) its dependencies from the cache; the
     * first install of a lockfile runs {@code npm ci} (with network, confined) into the cache.
     */
    public Install install(Path workspace, Path home, Duration timeout) throws IOException, InterruptedException {
        return cache.install(workspace.toAbsolutePath().normalize(), home, timeout);
    }

    /** Commands run one after the other under one deadline, with cancel; each output line to {@code output}. */
    public Commands commands(Access access, Duration timeLimit, Map<String, String> environment,
                             Consumer<String> output) {
        return new Commands(this, access, timeLimit, environment, output);
    }

    /** One command with the build environment ({@link CleanEnvironment#base}), its output kept. */
    public Run run(Access access, Duration timeout, List<String> command) throws IOException, InterruptedException {
        Deque<String> kept = new ArrayDeque<>();
        int[] chars = {0};
        Consumer<String> keep = line -> {
            synchronized (kept) {
                kept.addLast(line);
                chars[0] += line.length() + 1;
                while (chars[0] > KEPT_OUTPUT_CHARS && kept.size() > 1) {
                    chars[0] -= kept.removeFirst().length() + 1;
                }
            }
        };
        Commands.Result result = commands(access, timeout, CleanEnvironment.base(access.home()), keep)
                .run(access.workspace(), command, false);
        synchronized (kept) {
            return new Run(result.exitCode(), result.timedOut(), result.duration(),
                    String.join("\n", kept) + (kept.isEmpty() ? "" : "\n"));
        }
    }

    /** A long-running process ({@code npm start}); its output lines go to {@code output} until it ends. */
    public Process start(Access access, List<String> command, Map<String, String> environment,
                         Consumer<String> output) throws IOException {
        Process process = launch(access, access.workspace(), command, environment);
        Lines.pump(process.getInputStream(), output);
        return process;
    }

    Process launch(Access access, Path directory, List<String> command, Map<String, String> environment)
            throws IOException {
        Path dependencies = sandbox.state() == Sandbox.State.CONFINED ? cache.ready(access.workspace()).orElse(null) : null;
        sandbox.prepare(access, dependencies != null);
        if (dependencies != null) {
            sandbox.traversable(dependencies);
        }
        Map<String, String> env = new LinkedHashMap<>(environment);
        if (!access.longRunning()) {
            env.putIfAbsent("NODE_OPTIONS", "--max-old-space-size=" + sandbox.settings().buildHeapMb());
        }
        if (sandbox.state() == Sandbox.State.CONFINED) {
            env.put("TMPDIR", "/tmp");
        }
        ProcessBuilder builder = new ProcessBuilder(sandbox.wrap(access, dependencies, directory, command))
                .directory(directory.toFile()).redirectErrorStream(true);
        CleanEnvironment.apply(builder, env);
        return builder.start();
    }

    /** The cache's folder for a workspace's lockfile, when it is filled (tests check it stays unchanged). */
    public Optional<Path> cachedDependencies(Path workspace) {
        return cache.ready(workspace.toAbsolutePath().normalize());
    }
}
