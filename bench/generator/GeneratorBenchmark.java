import dev.truecoding.generation.AppGenerator;
import dev.truecoding.generation.GeneratedApp;
import dev.truecoding.generation.PlanReader;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.toolchain.Access;
import dev.truecoding.toolchain.LogExcerpt;
import dev.truecoding.toolchain.SandboxSettings;
import dev.truecoding.toolchain.Toolchain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times each step of making an app from a plan: render, install cold (empty cache: npm ci) and warm
 * (from the cache), typecheck, test, build — in the sandbox, as True Coding runs them; and the app's size. Run with bench/generator/run.sh.
 * Arguments: the work folder, then plan files (default: a 3-entity and the 20-entity plan). A plan whose stack
 * names Tailwind CSS is measured twice, as written and without Tailwind, so the two rows show what it costs.
 */
public class GeneratorBenchmark {

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
        List<String> plans = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("bench/generator/three-entities.json", "src/test/resources/generation/plans/twenty.json");
        delete(work);
        System.out.printf("%-24s %8s %8s %8s %9s %8s %8s %6s %10s %10s%n", "plan", "render", "cold", "warm",
                "typecheck", "test", "build", "files", "source", ".next");
        for (String file : plans) {
            TechnicalPlan plan = PlanReader.technical(Files.readString(Path.of(file)));
            String name = plan.dataModel().entities().size() + " entities";
            List<TechnicalPlan.StackChoice> stack = plan.stack() == null ? List.of() : plan.stack();
            List<TechnicalPlan.StackChoice> plain = stack.stream().filter(choice -> choice.name() == null
                    || !choice.name().toLowerCase(java.util.Locale.ROOT).contains("tailwind")).toList();
            if (plain.size() < stack.size()) {
                run(work, new TechnicalPlan(plan.architecture(), plain, plan.dataModel(), plan.apiEndpoints(),
                        plan.pages(), plan.components(), plan.fileStructure(), plan.cicd(), plan.environment()), name + ", plain CSS");
                name += ", Tailwind";
            }
            run(work, plan, name);
        }
    }

    private static void run(Path work, TechnicalPlan plan, String name) throws Exception {
        AppGenerator generator = new AppGenerator();
        for (int i = 0; i < 20; i++) {
            generator.generate(plan, null); // warm up the JIT: a server renders many apps
        }
        long start = System.nanoTime();
        int rounds = 20;
        GeneratedApp app = null;
        for (int i = 0; i < rounds; i++) {
            app = generator.generate(plan, null);
        }
        Duration render = Duration.ofNanos((System.nanoTime() - start) / rounds);

        String folder = name.replaceAll("[^a-zA-Z0-9]+", "-");
        Path data = work.resolve("data-" + folder);
        Path cold = work.resolve("cold-" + folder);
        Path warm = work.resolve("warm-" + folder);
        app.writeTo(cold);
        app.writeTo(warm);
        Toolchain toolchain = new Toolchain(data, SandboxSettings.defaults());
        Path home = Files.createDirectories(work.resolve("home-" + folder)); // npm's own cache: cold for each plan
        long coldStart = System.nanoTime();
        check(toolchain.install(cold, home, Duration.ofMinutes(10)));
        Duration coldInstall = Duration.ofNanos(System.nanoTime() - coldStart);
        long warmStart = System.nanoTime();
        check(toolchain.install(warm, home, Duration.ofMinutes(10)));
        Duration warmInstall = Duration.ofNanos(System.nanoTime() - warmStart);

        Duration typecheck = npm(toolchain, warm, home, "typecheck");
        Duration test = npm(toolchain, warm, home, "test");
        Duration build = npm(toolchain, warm, home, "build");
        System.out.printf("%-24s %7dms %7.1fs %7.1fs %8.1fs %7.1fs %7.1fs %6d %9dK %9dM%n",
                name, render.toMillis(), seconds(coldInstall),
                seconds(warmInstall), seconds(typecheck), seconds(test), seconds(build), app.files().size(),
                app.totalSize() / 1024, size(warm.resolve(".next")) / (1024 * 1024));
    }

    private static Duration npm(Toolchain toolchain, Path dir, Path home, String script) throws Exception {
        Toolchain.Run run = toolchain.run(Access.build(dir, home), Duration.ofMinutes(10), List.of("npm", "run", script));
        if (!run.ok()) {
            throw new IllegalStateException(LogExcerpt.of(run.output(), 4000));
        }
        return run.duration();
    }

    private static void check(Toolchain.Install install) {
        if (!install.ok()) {
            throw new IllegalStateException(LogExcerpt.of(install.output(), 4000));
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
