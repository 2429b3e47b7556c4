package dev.truecoding.deploy.builtin;

import dev.truecoding.toolchain.Access;
import dev.truecoding.toolchain.BuildCaches;
import dev.truecoding.toolchain.CleanEnvironment;
import dev.truecoding.toolchain.Commands;
import dev.truecoding.toolchain.Toolchain;
import dev.truecoding.toolchain.Trees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code building} stage: the committed tree is copied into the build folder, gets its dependencies from
 * the toolchain's dependency cache, is type-checked ({@code npm run typecheck}, when the app has it) and built with
 * {@code npm run build}, in the sandbox. A tree already built
 * for the same commit (the workspace validation just built, or an earlier build of this project) is copied instead,
 * so a fresh generation is built once.
 */
public final class Builder {

    /** How the build ended; {@code message} says what happened, for the person. */
    public record Result(boolean ok, boolean canceled, String message) {
    }

    private static final Set<String> NOT_SOURCE = Set.of(".git", "node_modules", ".next", ".data");

    private final Toolchain toolchain;

    public Builder(Toolchain toolchain) {
        this.toolchain = toolchain;
    }

    /** Whether {@code dir} holds an app ready for {@code npm start}. */
    public static boolean isBuilt(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve(".next/BUILD_ID"))
                && Files.isDirectory(dir.resolve("node_modules")) && Files.isRegularFile(dir.resolve("package.json"));
    }

    /** The build's commands, in the sandbox, with the build's time limit. */
    public Commands commands(Path buildDir, Path home, Duration timeLimit, Consumer<String> log) {
        return toolchain.commands(Access.build(buildDir, home), timeLimit, CleanEnvironment.base(home), log);
    }

    /** Copies a built tree (sources, {@code .next}) and gives it its dependencies from the cache. */
    public Result reuse(Path built, Path buildDir, Path home, Duration timeLimit, Consumer<String> log)
            throws IOException, InterruptedException {
        log.accept("reusing the build in " + built.getFileName());
        Trees.copy(built, buildDir, Set.of("node_modules", ".data", ".git"));
        Toolchain.Install install = toolchain.install(buildDir, home, timeLimit);
        return install.ok() ? new Result(true, false, "reused the build of the same commit")
                : new Result(false, false, "Linking the dependencies of the built app failed.");
    }

    /**
     * @param previousBuild an earlier build of the project, or null: its compilers' caches ({@link BuildCaches}) are
     *                      copied in, which makes {@code next build} about twice as fast
     */
    public Result build(Path sourceTree, Path buildDir, Path previousBuild, Path home, Commands commands,
                        Duration installTimeout, Consumer<String> log) throws IOException, InterruptedException {
        Trees.copy(sourceTree, buildDir, NOT_SOURCE);
        List<String> seeded = BuildCaches.seed(previousBuild, buildDir);
        if (!seeded.isEmpty()) {
            log.accept("build cache copied from " + previousBuild.getFileName() + " (" + String.join(", ", seeded) + ")");
        }
        if (!Files.isRegularFile(buildDir.resolve("package-lock.json"))) {
            return new Result(false, false, "The tree has no package-lock.json: nothing to install.");
        }
        if (!toolchain.sandbox().runs()) {
            log.accept(toolchain.sandbox().describe());
            return new Result(false, false, toolchain.sandbox().describe());
        }
        log.accept("$ npm ci (through the shared dependency cache)");
        Toolchain.Install install = toolchain.install(buildDir, home, installTimeout);
        install.output().lines().forEach(log);
        if (commands.canceled()) {
            return new Result(false, true, "Canceled.");
        }
        if (!install.ok()) {
            return new Result(false, false, "Installing the dependencies failed.");
        }
        log.accept(install.fromCache() ? "node_modules from the cache" : "dependencies installed");
        // A commit True Coding did not validate (pushed by the owner) has its types checked here: the generated
        // next.config leaves that to `npm run typecheck` (validation, CI), so `next build` alone would let it through.
        Commands.Result typecheck = commands.run(buildDir, List.of("npm", "run", "typecheck", "--if-present"));
        if (!typecheck.ok()) {
            return failed(typecheck, "npm run typecheck");
        }
        Commands.Result build = commands.run(buildDir, List.of("npm", "run", "build"));
        return build.ok() ? new Result(true, false, "built") : failed(build, "npm run build");
    }

    private static Result failed(Commands.Result run, String what) {
        if (run.canceled()) {
            return new Result(false, true, "Canceled.");
        }
        return new Result(false, false, run.timedOut() ? what + " took longer than the build time limit."
                : what + " failed (exit code " + run.exitCode() + ").");
    }
}
