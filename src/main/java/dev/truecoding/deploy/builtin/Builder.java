package dev.truecoding.deploy.builtin;

import dev.truecoding.generation.DependencyCache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code building} stage: the committed tree is copied into the build folder, gets its dependencies from
 * the shared {@link DependencyCache} and is built with {@code npm run build}. A tree already built for the same
 * commit (the workspace validation just built, or an earlier build of this project) is copied instead, so a
 * fresh generation is built once.
 */
public final class Builder {

    /** How the build ended; {@code message} says what happened, for the person. */
    public record Result(boolean ok, boolean canceled, String message) {
    }

    private static final Set<String> NOT_SOURCE = Set.of(".git", "node_modules", ".next", ".data");

    /** Gives a workspace its node_modules: the shared {@link DependencyCache} in True Coding. */
    @FunctionalInterface
    public interface Installer {
        Installed install(Path workspace, Duration timeout) throws IOException, InterruptedException;

        static Installer of(DependencyCache cache) {
            return (workspace, timeout) -> {
                DependencyCache.Install install = cache.install(workspace, timeout);
                return new Installed(install.ok(), install.fromCache(), install.output());
            };
        }
    }

    public record Installed(boolean ok, boolean fromCache, String output) {
    }

    private final Installer installer;

    public Builder(Installer installer) {
        this.installer = installer;
    }

    /** Whether {@code dir} holds an app ready for {@code npm start}. */
    public static boolean isBuilt(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve(".next/BUILD_ID"))
                && Files.isDirectory(dir.resolve("node_modules")) && Files.isRegularFile(dir.resolve("package.json"));
    }

    /** Copies a built tree (sources, {@code .next}) and hard-links its dependencies, as the cache does. */
    public Result reuse(Path built, Path buildDir, BuildCommands commands, Consumer<String> log)
            throws IOException, InterruptedException {
        log.accept("reusing the build in " + built.getFileName());
        Trees.copy(built, buildDir, Set.of("node_modules", ".data", ".git"));
        BuildCommands.Result link = commands.run(buildDir, List.of("cp", "-al",
                built.resolve("node_modules").toString(), buildDir.resolve("node_modules").toString()));
        return link.ok() ? new Result(true, false, "reused the build of the same commit")
                : failed(link, "copying the built app");
    }

    /**
     * @param previousBuild an earlier build of the project, or null: its {@code .next/cache} (the compiler's cache,
     *                      keyed by content) is copied in, which makes {@code next build} about twice as fast
     */
    public Result build(Path sourceTree, Path buildDir, Path previousBuild, BuildCommands commands,
                        Duration installTimeout, Consumer<String> log) throws IOException, InterruptedException {
        Trees.copy(sourceTree, buildDir, NOT_SOURCE);
        if (previousBuild != null && Files.isDirectory(previousBuild.resolve(".next/cache"))) {
            Trees.copy(previousBuild.resolve(".next/cache"), buildDir.resolve(".next/cache"), Set.of());
            log.accept("build cache copied from " + previousBuild.getFileName());
        }
        if (!Files.isRegularFile(buildDir.resolve("package-lock.json"))) {
            return new Result(false, false, "The tree has no package-lock.json: nothing to install.");
        }
        log.accept("$ npm ci (through the shared dependency cache)");
        Installed install = installer.install(buildDir, installTimeout);
        install.output().lines().forEach(log);
        if (commands.canceled()) {
            return new Result(false, true, "Canceled.");
        }
        if (!install.ok()) {
            return new Result(false, false, "Installing the dependencies failed.");
        }
        log.accept(install.fromCache() ? "node_modules linked from the cache" : "dependencies installed");
        BuildCommands.Result build = commands.run(buildDir, List.of("npm", "run", "build"));
        return build.ok() ? new Result(true, false, "built") : failed(build, "npm run build");
    }

    private static Result failed(BuildCommands.Result run, String what) {
        if (run.canceled()) {
            return new Result(false, true, "Canceled.");
        }
        return new Result(false, false, run.timedOut() ? what + " took longer than the build time limit."
                : what + " failed (exit code " + run.exitCode() + ").");
    }

    /** The build's environment: nothing of True Coding's own. */
    public static Map<String, String> environment(Path home) {
        return CleanEnvironment.base(home);
    }
}
