package dev.truecoding.generation.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command with a time limit, its output (stdout and stderr together) captured in a file.
 * On time-out the whole process tree is stopped: npm leaves children (next-server, vitest workers) behind.
 */
public final class ProcessRunner {

    /** How a command ended: exit code (-1 on time-out), time taken and the captured output. */
    public record Run(int exitCode, boolean timedOut, Duration duration, String output) {
        public boolean ok() {
            return exitCode == 0 && !timedOut;
        }
    }

    /**
     * What a command inherits from True Coding's own environment: only what finding programs and a home folder
     * need. Everything else (DATABASE_URL, provider keys, OAuth secrets) stays out of the generated app's reach.
     */
    static final List<String> INHERITED = List.of("PATH", "HOME", "USER", "LANG", "LC_ALL", "TMPDIR", "TZ");

    /** Environment of every command: nothing phones home, and tools behave as in CI. */
    public static final Map<String, String> ENVIRONMENT = Map.of("NEXT_TELEMETRY_DISABLED", "1", "CI", "true",
            "npm_config_update_notifier", "false", "npm_config_fund", "false", "npm_config_audit", "false");

    private ProcessRunner() {
    }

    public static Run run(Path directory, Duration timeout, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("truecoding-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.keySet().retainAll(INHERITED);
            environment.putAll(ENVIRONMENT);
            long start = System.nanoTime();
            Process process = builder.start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                stopTree(process.toHandle());
                process.waitFor(10, TimeUnit.SECONDS);
            }
            Duration duration = Duration.ofNanos(System.nanoTime() - start);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            return new Run(finished ? process.exitValue() : -1, !finished, duration, output);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Stops a process and all its descendants, children first. */
    public static void stopTree(ProcessHandle process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.reversed().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** Whether a command exists on PATH (npm, node, cp). */
    public static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** The part of a long log worth reading: error lines first, then the end. */
    public static String excerpt(String output, int maxChars) {
        String[] lines = output.split("\\R");
        StringBuilder errors = new StringBuilder();
        for (String line : lines) {
            if (line.matches("(?i).*(error|failed|✗|×|FAIL ).*") && errors.length() < maxChars / 2) {
                errors.append(line).append('\n');
            }
        }
        StringBuilder tail = new StringBuilder();
        for (int i = lines.length - 1; i >= 0 && tail.length() + lines[i].length() < maxChars / 2; i--) {
            tail.insert(0, lines[i] + "\n");
        }
        return errors.isEmpty() ? tail.toString() : errors + "…\n" + tail;
    }
}
