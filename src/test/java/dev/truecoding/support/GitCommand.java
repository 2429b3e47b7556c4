package dev.truecoding.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code git} client. Credentials reach it through {@code GIT_ASKPASS} reading environment variables,
 * so no token is in a command line, a URL or the clone's config; prompts and credential helpers are off.
 */
public final class GitCommand {

    public record Result(int exitCode, String output) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

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
                "-c", "user.email=ada@example.com", "-c", "init.defaultBranch=main"));
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
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("git " + String.join(" ", arguments) + " did not finish");
        }
        return new Result(process.exitValue(), output);
    }
}
