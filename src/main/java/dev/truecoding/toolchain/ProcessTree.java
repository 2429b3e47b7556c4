package dev.truecoding.toolchain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Stops a process with everything it started: {@code npm start} leaves {@code next-server} as a child, so
 * stopping npm alone would orphan the app.
 */
public final class ProcessTree {

    private ProcessTree() {
    }

    /** SIGTERM to the whole tree, children first, then SIGKILL to whatever is left after {@code grace}. */
    public static void stop(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = root.descendants().toList();
        tree.reversed().forEach(ProcessHandle::destroy);
        root.destroy();
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : concat(root, tree)) {
            long left = deadline - System.nanoTime();
            try {
                process.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (Exception notYet) {
                break;
            }
        }
        for (ProcessHandle process : concat(root, tree)) {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * Processes left running from a True Coding that died without stopping its apps (kill -9): any process whose
     * working directory lies under {@code root}. Linux only (reads /proc); elsewhere finds nothing.
     */
    public static List<ProcessHandle> runningUnder(Path root) {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return List.of();
        }
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            return List.of();
        }
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses().filter(process -> process.pid() != self).filter(process -> {
            try {
                return Files.readSymbolicLink(proc.resolve(process.pid() + "/cwd")).startsWith(real);
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false; // exited meanwhile, or another user's process: not one of ours either way
            }
        }).toList();
    }

    private static List<ProcessHandle> concat(ProcessHandle root, List<ProcessHandle> tree) {
        return Stream.concat(Stream.of(root), tree.stream()).toList();
    }
}
