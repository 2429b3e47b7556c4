package dev.truecoding.toolchain;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Commands on people's code run one at a time in the sandbox, each line of output handed on as it comes, with a
 * deadline shared by all of them. {@link #cancel} stops the running command's whole process tree; later commands
 * do not start.
 */
public final class Commands {

    /** How a command ended; exit code -1 when it timed out or was canceled. */
    public record Result(int exitCode, boolean timedOut, boolean canceled, Duration duration) {
        public boolean ok() {
            return exitCode == 0 && !timedOut && !canceled;
        }
    }

    private final Toolchain toolchain;
    private final Access access;
    private final long deadlineNanos;
    private final Map<String, String> environment;
    private final Consumer<String> output;
    private volatile boolean canceled;
    private volatile Process current;

    Commands(Toolchain toolchain, Access access, Duration timeLimit, Map<String, String> environment,
             Consumer<String> output) {
        this.toolchain = toolchain;
        this.access = access;
        this.deadlineNanos = System.nanoTime() + timeLimit.toNanos();
        this.environment = environment;
        this.output = output;
    }

    /** Runs {@code command} in {@code directory} (the workspace or a folder in it). */
    public Result run(Path directory, List<String> command) throws IOException, InterruptedException {
        return run(directory, command, true);
    }

    Result run(Path directory, List<String> command, boolean echo) throws IOException, InterruptedException {
        long start = System.nanoTime();
        if (canceled) {
            return new Result(-1, false, true, Duration.ZERO);
        }
        if (echo) {
            output.accept("$ " + String.join(" ", command));
        }
        Process process = toolchain.launch(access, directory, command, environment);
        current = process;
        Thread pump = Lines.pump(process.getInputStream(), output);
        try {
            if (canceled) {
                ProcessTree.stop(process.toHandle(), Duration.ofSeconds(5));
            }
            long left = deadlineNanos - System.nanoTime();
            boolean finished;
            try {
                finished = left > 0 && process.waitFor(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                // The caller gave up on the command (a run canceled, validation's other step failed): nothing may
                // keep running on its behalf.
                ProcessTree.stop(process.toHandle(), Duration.ofSeconds(5));
                throw e;
            }
            if (!finished) {
                ProcessTree.stop(process.toHandle(), Duration.ofSeconds(5));
                pump.join(Duration.ofSeconds(5));
                return new Result(-1, !canceled, canceled, Duration.ofNanos(System.nanoTime() - start));
            }
            pump.join(Duration.ofSeconds(5));
            return new Result(canceled ? -1 : process.exitValue(), false, canceled,
                    Duration.ofNanos(System.nanoTime() - start));
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
}
