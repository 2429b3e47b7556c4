package dev.truecoding.generation;

import dev.truecoding.generation.model.ModelBuilder;
import dev.truecoding.generation.validation.StaticChecks;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.toolchain.Access;
import dev.truecoding.toolchain.BuildCaches;
import dev.truecoding.toolchain.LogExcerpt;
import dev.truecoding.toolchain.Toolchain;
import dev.truecoding.toolchain.Trees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The seed's {@code validating_code} stage. Static checks always run; then, when npm is on the machine and the
 * settings allow it, the app is written to a scratch workspace and goes through {@code npm ci} (from the
 * toolchain's dependency cache), typecheck, test and build, each with a time limit and in the {@link Toolchain}'s
 * sandbox (the files may be a model's). The first failing step stops the run and carries the relevant part of
 * its output. Typecheck, test and build do not depend on each other, so with more than one processor they run at
 * the same time and are reported as if in turn (the same steps, messages and verdicts).
 */
public class CodeValidator {

    /**
     * @param runNpm    false to run the static checks only
     * @param concurrentSteps typecheck, test and build at the same time (see {@link #validateIn}); on by default where
     *                  there is more than one processor to run them on
     */
    public record Settings(boolean runNpm, Duration installTimeout, Duration stepTimeout, boolean concurrentSteps) {
        public Settings(boolean runNpm, Duration installTimeout, Duration stepTimeout) {
            this(runNpm, installTimeout, stepTimeout, Runtime.getRuntime().availableProcessors() > 1);
        }

        public static Settings defaults() {
            return new Settings(true, Duration.ofMinutes(10), Duration.ofMinutes(10));
        }
    }

    /** Told as steps start and end, so a generation run can show which one is running. */
    public interface StepListener {
        StepListener NONE = new StepListener() {
        };

        default void started(String step) {
        }

        default void finished(ValidationResult.Step step) {
        }
    }

    /** The steps, in the order they run. */
    public static final List<String> STEPS = List.of("static", "install", "typecheck", "test", "build");

    private static final int EXCERPT_CHARS = 6000;

    private final Toolchain toolchain;
    private final Path workspaces;
    private final Settings settings;

    /** @param toolchain null for the static checks only */
    public CodeValidator(Path dataDir, Toolchain toolchain, Settings settings) {
        this.toolchain = toolchain;
        this.workspaces = dataDir.toAbsolutePath().normalize().resolve("generation/workspaces");
        this.settings = settings;
    }

    /** A reason {@code path} may not be written (absolute, "..", under .git/, over 500 characters…), or null. */
    public static String checkPath(String path) {
        return StaticChecks.checkPath(path);
    }

    public static boolean npmAvailable() {
        return Toolchain.npmAvailable();
    }

    /** Static checks only: paths, sizes, JSON/YAML, secrets, every entity and page of the plan present. */
    public ValidationResult checkStatic(GeneratedApp app, TechnicalPlan plan) {
        return new ValidationResult(List.of(staticStep(app, plan)));
    }

    /** All checks, in a scratch workspace that is deleted afterwards. */
    public ValidationResult validate(GeneratedApp app, TechnicalPlan plan) throws IOException, InterruptedException {
        Files.createDirectories(workspaces);
        Path workspace = Files.createTempDirectory(workspaces, "app-");
        try {
            return validateIn(app, plan, workspace);
        } finally {
            Trees.delete(workspace);
        }
    }

    /**
     * All checks in {@code workspace} (an empty or missing folder), which keeps the installed and built app,
     * ready for {@code npm start}.
     */
    public ValidationResult validateIn(GeneratedApp app, TechnicalPlan plan, Path workspace)
            throws IOException, InterruptedException {
        return validateIn(app, plan, workspace, StepListener.NONE);
    }

    /** As {@link #validateIn(GeneratedApp, TechnicalPlan, Path)}, telling {@code listener} about each step. */
    public ValidationResult validateIn(GeneratedApp app, TechnicalPlan plan, Path workspace, StepListener listener)
            throws IOException, InterruptedException {
        return validateIn(app, plan, workspace, null, listener);
    }

    /**
     * As {@link #validateIn(GeneratedApp, TechnicalPlan, Path, StepListener)}, the typecheck and build seeded with
     * the compilers' caches of {@code previousBuild} ({@link BuildCaches}), the same project's last validated build
     * (null for none): a change of a few files then rebuilds only what it touches. Every step still runs on the whole
     * tree, so the outcome is the one a cold validation gives; a build that fails with the seeded cache is run once
     * more without it, so a damaged cache costs time, never a wrong verdict.
     */
    public ValidationResult validateIn(GeneratedApp app, TechnicalPlan plan, Path workspace, Path previousBuild,
                                       StepListener listener) throws IOException, InterruptedException {
        List<ValidationResult.Step> steps = new ArrayList<>();
        listener.started("static");
        steps.add(staticStep(app, plan));
        listener.finished(steps.getLast());
        boolean npm = settings.runNpm() && npmAvailable() && toolchain != null;
        if (steps.getFirst().outcome() == ValidationResult.Outcome.FAILED || !npm) {
            for (String name : STEPS.subList(1, STEPS.size())) {
                steps.add(new ValidationResult.Step(name, ValidationResult.Outcome.SKIPPED, Duration.ZERO,
                        npm ? "skipped: static checks failed" : "skipped: npm is not available or not enabled"));
                listener.finished(steps.getLast());
            }
            return new ValidationResult(steps);
        }
        if (!toolchain.sandbox().runs()) {
            // People's code (a model's files, the app's own scripts) is never run unconfined unless the owner said so.
            steps.add(new ValidationResult.Step("install", ValidationResult.Outcome.FAILED, Duration.ZERO,
                    toolchain.sandbox().describe()));
            listener.finished(steps.getLast());
            skipRest(steps, listener, "install");
            return new ValidationResult(steps);
        }
        Files.createDirectories(workspace);
        app.writeTo(workspace);
        List<String> seeded = BuildCaches.seed(previousBuild, workspace);
        Path home = Files.createDirectories(home(workspace));
        try {
            listener.started("install");
            Toolchain.Install install = toolchain.install(workspace, home, settings.installTimeout());
            steps.add(new ValidationResult.Step("install",
                    install.ok() ? ValidationResult.Outcome.PASSED : ValidationResult.Outcome.FAILED, install.duration(),
                    (install.fromCache() ? "node_modules from the cache\n" : "")
                            + (seeded.isEmpty() ? "" : "build caches of the previous version: " + String.join(", ", seeded) + "\n")
                            + LogExcerpt.of(install.output(), EXCERPT_CHARS)));
            listener.finished(steps.getLast());
            if (install.ok() && settings.concurrentSteps() && checkedApart(app, workspace)) {
                runTogether(workspace, home, seeded, steps, listener);
            } else {
                for (String script : STEPS.subList(2, STEPS.size())) {
                    if (steps.getLast().outcome() != ValidationResult.Outcome.PASSED) {
                        skip(script, steps, listener);
                        continue;
                    }
                    listener.started(script);
                    steps.add(script.equals("build") ? build(workspace, home, seeded)
                            : step(script, script(workspace, home, script), ""));
                    listener.finished(steps.getLast());
                }
            }
        } finally {
            Trees.delete(home); // npm's own files (logs); the app's files stay in the workspace
            Trees.delete(checks(workspace));
        }
        return new ValidationResult(steps);
    }

    /**
     * Typecheck, test and build at once, reported as if one after the other: each step's start and end are told in
     * {@link #STEPS} order, the first that fails is the verdict and the later ones are stopped and reported skipped,
     * as they would not have run. On two cores this takes about as long as the longest of them instead of their sum
     * (bench/iteration). The build and the tests run in the workspace, where the build's output (and whatever the
     * tests write) stays, as before; typecheck in the copy {@link #checkedApart} made, since the build writes files
     * tsc would read (next-env.d.ts, the route types in .next/types), half-written or not depending on timing.
     */
    private void runTogether(Path workspace, Path home, List<String> seeded, List<ValidationResult.Step> steps,
                             StepListener listener) throws IOException, InterruptedException {
        Path copy = checks(workspace).resolve("app");
        Path copyHome = checks(workspace).resolve("home");
        Map<String, Future<ValidationResult.Step>> running = new LinkedHashMap<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            try {
                running.put("typecheck", threads.submit(() -> step("typecheck", script(copy, copyHome, "typecheck"), "")));
                running.put("test", threads.submit(() -> step("test", script(workspace, home, "test"), "")));
                running.put("build", threads.submit(() -> build(workspace, home, seeded)));
                for (String script : STEPS.subList(2, STEPS.size())) {
                    if (steps.getLast().outcome() != ValidationResult.Outcome.PASSED) {
                        running.get(script).cancel(true); // its process tree is stopped (Commands)
                        skip(script, steps, listener);
                        continue;
                    }
                    listener.started(script);
                    steps.add(result(running.get(script)));
                    listener.finished(steps.getLast());
                }
            } finally {
                running.values().forEach(step -> step.cancel(true)); // only those still running: an error or interrupt
            }
        }
        if (steps.get(STEPS.indexOf("typecheck")).outcome() == ValidationResult.Outcome.PASSED) {
            // The next version's typecheck is seeded from this workspace (BuildCaches): keep tsc's fresh state there.
            Path info = copy.resolve("tsconfig.tsbuildinfo");
            if (Files.isRegularFile(info, LinkOption.NOFOLLOW_LINKS)) {
                Files.copy(info, workspace.resolve("tsconfig.tsbuildinfo"), StandardCopyOption.REPLACE_EXISTING,
                        LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    /**
     * The app written a second time beside the workspace, with its dependencies and tsc's seeded state, for the
     * typecheck that runs beside the build; false (the steps then run one after the other) if that could not be done.
     */
    private boolean checkedApart(GeneratedApp app, Path workspace) throws IOException, InterruptedException {
        Path checks = checks(workspace);
        Trees.delete(checks); // an interrupted attempt may have left one
        Path copy = Files.createDirectories(checks.resolve("app"));
        app.writeTo(copy);
        Path info = workspace.resolve("tsconfig.tsbuildinfo");
        if (Files.isRegularFile(info, LinkOption.NOFOLLOW_LINKS)) {
            Files.copy(info, copy.resolve("tsconfig.tsbuildinfo"), LinkOption.NOFOLLOW_LINKS);
        }
        return toolchain.install(copy, Files.createDirectories(checks.resolve("home")), settings.installTimeout()).ok();
    }

    private static ValidationResult.Step result(Future<ValidationResult.Step> step) throws IOException, InterruptedException {
        try {
            return step.get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case InterruptedException interrupted -> throw interrupted;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    private Toolchain.Run script(Path workspace, Path home, String script) throws IOException, InterruptedException {
        return toolchain.run(Access.build(workspace, home), settings.stepTimeout(), List.of("npm", "run", script));
    }

    /** {@code npm run build}; a build that fails with the previous version's cache runs once more without it. */
    private ValidationResult.Step build(Path workspace, Path home, List<String> seeded)
            throws IOException, InterruptedException {
        Toolchain.Run run = script(workspace, home, "build");
        String note = "";
        if (!run.ok() && !run.timedOut() && seeded.contains(".next/cache")) {
            Trees.delete(workspace.resolve(".next"));
            Toolchain.Run cold = script(workspace, home, "build");
            run = new Toolchain.Run(cold.exitCode(), cold.timedOut(), run.duration().plus(cold.duration()), cold.output());
            note = "the build failed with the previous version's cache; this is the build without it\n";
        }
        return step("build", run, note);
    }

    /** A step that does not run (or whose result does not count) because an earlier one failed, which it names. */
    private static void skip(String script, List<ValidationResult.Step> steps, StepListener listener) {
        String failed = steps.stream().filter(step -> step.outcome() == ValidationResult.Outcome.FAILED)
                .map(ValidationResult.Step::name).findFirst().orElse(steps.getLast().name());
        steps.add(new ValidationResult.Step(script, ValidationResult.Outcome.SKIPPED, Duration.ZERO,
                "skipped: " + failed + " failed"));
        listener.finished(steps.getLast());
    }

    /** Beside the workspace, like its home: typecheck's copy of the app and its own home. */
    private static Path checks(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + ".checks");
    }

    private static ValidationResult.Step staticStep(GeneratedApp app, TechnicalPlan plan) {
        long start = System.nanoTime();
        List<String> problems = StaticChecks.check(app, plan == null ? null : ModelBuilder.build(plan, null));
        return new ValidationResult.Step("static",
                problems.isEmpty() ? ValidationResult.Outcome.PASSED : ValidationResult.Outcome.FAILED,
                Duration.ofNanos(System.nanoTime() - start), String.join("\n", problems));
    }

    private static void skipRest(List<ValidationResult.Step> steps, StepListener listener, String failed) {
        for (String name : STEPS.subList(STEPS.indexOf(failed) + 1, STEPS.size())) {
            steps.add(new ValidationResult.Step(name, ValidationResult.Outcome.SKIPPED, Duration.ZERO,
                    "skipped: " + failed + " failed"));
            listener.finished(steps.getLast());
        }
    }

    /** HOME of the workspace's commands: beside it, so nothing npm writes there becomes part of the app. */
    private static Path home(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + ".home");
    }

    private static ValidationResult.Step step(String name, Toolchain.Run run, String note) {
        String excerpt = note + (run.timedOut() ? "timed out after " + run.duration().toSeconds() + " s\n" : "")
                + LogExcerpt.of(run.output(), EXCERPT_CHARS);
        return new ValidationResult.Step(name, run.ok() ? ValidationResult.Outcome.PASSED : ValidationResult.Outcome.FAILED,
                run.duration(), excerpt);
    }
}
