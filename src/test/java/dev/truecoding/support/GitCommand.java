package dev.truecoding.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code git} client. Credentials reach it through {@code GIT_ASKPASS} reading environment variables,
 * so no token is in a command line, a URL or the clone's config; prompts and credential helpers are off.
 * A git that hangs (a server that stops answering mid-clone) cannot hang the suite: git itself gives up on a
 * transfer that stalls, and the process is killed after {@link #TIMEOUT} whatever it is doing.
 */
public final class GitCommand {

    public record Result(int exitCode, String output) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** Longest a git command may take; a clone of a generated app takes seconds, on a loaded machine too. */
    static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final Path askPass;

    public GitCommand(Path scratch) throws IOException {
        askPass = scratch.resolve("askpass.sh");
        Files.writeString(askPass, """
                #!/bin/sh
                case "$1" in
                  Username*) printf '%s\\n' "$TC_GIT_USER" ;;
                  *) printf '%s\\n' "$TC_GIT_PASSWORD" ;;
                esac
                """);
        Files.setPosixFilePermissions(askPass, PosixFilePermissions.fromString("rwx------"));
    }

    public static boolean available() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Runs git in {@code directory}; {@code user}/{@code password} may be null for no credentials. */
    public Result run(Path directory, String user, String password, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "credential.helper=", "-c", "user.name=Ada",
                "-c", "user.email=ada@example.com", "-c", "init.defaultBranch=main",
                "-c", "http.lowSpeedLimit=1", "-c", "http.lowSpeedTime=20"));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        var env = builder.environment();
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("HOME", directory.toAbsolutePath().toString());
        env.remove("GIT_ASKPASS");
        env.remove("SSH_ASKPASS");
        if (user != null) {
            env.put("GIT_ASKPASS", askPass.toString());
            env.put("TC_GIT_USER", user);
            env.put("TC_GIT_PASSWORD", password);
        }
        Process process = builder.start();
        // Read on another thread: reading to the end first would wait as long as git does, past any time limit.
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("git " + String.join(" ", arguments) + " did not finish in "
                    + TIMEOUT.toSeconds() + " s");
        }
        return new Result(process.exitValue(), output.get(10, TimeUnit.SECONDS));
    }
}
