package dev.truecoding.deploy.builtin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the build's commands one at a time, each line of output handed on as it comes, with a deadline shared by
 * the whole build. {@link #cancel} stops the running command's whole process tree; later commands do not start.
 */
public final class BuildCommands {

    /** How a command ended; exit code -1 when it timed out or was canceled. */
    public record Result(int exitCode, boolean timedOut, boolean canceled) {
        public boolean ok() {
            return exitCode == 0 && !timedOut && !canceled;
        }
    }

    private final long deadlineNanos;
    private final Map<String, String> environment;
    private final Consumer<String> output;
    private volatile boolean canceled;
    private volatile Process current;

    public BuildCommands(Duration timeLimit, Map<String, String> environment, Consumer<String> output) {
        this.deadlineNanos = System.nanoTime() + timeLimit.toNanos();
        this.environment = environment;
        this.output = output;
    }

    public Result run(Path directory, List<String> command) throws IOException, InterruptedException {
        if (canceled) {
            return new Result(-1, false, true);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        CleanEnvironment.apply(builder, environment);
        output.accept("$ " + String.join(" ", command));
        Process process = builder.start();
        current = process;
        Thread pump = Thread.ofVirtual().start(() -> pump(process));
        try {
            if (canceled) {
                ProcessTree.stop(process.toHandle(), Duration.ofSeconds(5));
            }
            long left = deadlineNanos - System.nanoTime();
            boolean finished = left > 0 && process.waitFor(left, TimeUnit.NANOSECONDS);
            if (!finished) {
                ProcessTree.stop(process.toHandle(), Duration.ofSeconds(5));
                pump.join(Duration.ofSeconds(5));
                return new Result(-1, !canceled, canceled);
            }
            pump.join(Duration.ofSeconds(5));
            return new Result(canceled ? -1 : process.exitValue(), false, canceled);
        } finally {
            current = null;
        }
    }

    public boolean timeLeft() {
        return deadlineNanos - System.nanoTime() > 0;
    }

    public boolean canceled() {
        return canceled;
    }

    /** Stops the running command now; the waiting {@link #run} returns a canceled result. */
    public void cancel() {
        canceled = true;
        Process process = current;
        if (process != null) {
            ProcessTree.stop(process.toHandle(), Duration.ofSeconds(5));
        }
    }

    private void pump(Process process) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.accept(line);
            }
        } catch (IOException closed) {
            // the process was stopped
        }
    }
}
