package dev.truecoding.generation;

import dev.truecoding.toolchain.SandboxSettings;
import dev.truecoding.toolchain.Toolchain;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;
import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code generate --technical-plan t.json [--business-plan b.json] --out DIR [--validate] [--data-dir DIR]
 * [--previous-technical-plan old.json --previous-app DIR]}:
 * writes the app, prints its files and the coverage report, and with {@code --validate} runs the validator.
 * Plain Java, no Spring context: it starts in well under a second.
 */
public final class GenerateCommand {

    static final String USAGE = """
            usage: generate --technical-plan FILE [--business-plan FILE] --out DIR [--validate] [--data-dir DIR]
                            [--previous-technical-plan FILE --previous-app DIR]
              --technical-plan  the TechnicalPlan as JSON
              --business-plan   the BusinessPlan as JSON (name, tagline and features of the landing page)
              --out             folder to write the app into (created if missing)
              --validate        then run the validator: static checks, npm ci, typecheck, test, build
              --data-dir        where the dependency cache lives (default ./data)
              --previous-technical-plan  the TechnicalPlan the app was last generated from
              --previous-app    the app as it is now: its migrations/*.sql are kept unchanged and a new
                                migration adds what the plan changed (both options or neither)""";

    private GenerateCommand() {
    }

    /** @return the process exit code: 0 generated (and valid), 1 validation failed, 2 bad input */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        TechnicalPlan technical;
        BusinessPlan business = null;
        PreviousVersion previous = null;
        try {
            technical = PlanReader.technical(Files.readString(Path.of(options.get("--technical-plan"))));
            if (options.containsKey("--business-plan")) {
                business = PlanReader.business(Files.readString(Path.of(options.get("--business-plan"))));
            }
            if (options.containsKey("--previous-technical-plan")) {
                Path previousApp = Path.of(options.get("--previous-app"));
                if (!Files.isDirectory(previousApp.resolve("migrations"))) {
                    err.println("generate: " + previousApp + " has no migrations folder");
                    return 2;
                }
                previous = PreviousVersion.read(PlanReader.technical(Files.readString(
                        Path.of(options.get("--previous-technical-plan")))), previousApp);
            }
        } catch (IOException e) {
            err.println("generate: cannot read " + e.getMessage());
            return 2;
        } catch (JacksonException e) {
            err.println("generate: the plan is not valid JSON for its type: " + e.getOriginalMessage());
            return 2;
        }

        GeneratedApp app = new AppGenerator().generate(technical, business, previous);
        Path target = Path.of(options.get("--out"));
        try {
            app.writeTo(target);
        } catch (IOException e) {
            err.println("generate: cannot write to " + target + ": " + e.getMessage());
            return 2;
        }
        app.files().forEach(file -> out.printf("%8d  %s%n", file.size(), file.path()));
        out.printf("%d files, %d bytes written to %s%n%n", app.files().size(), app.totalSize(), target.toAbsolutePath());
        printCoverage(app.coverage(), out);

        if (!options.containsKey("--validate")) {
            return 0;
        }
        return validate(app, technical, Path.of(options.getOrDefault("--data-dir", "data")), out, err);
    }

    private static int validate(GeneratedApp app, TechnicalPlan technical, Path dataDir, PrintStream out, PrintStream err) {
        CodeValidator validator = new CodeValidator(dataDir, new Toolchain(dataDir, SandboxSettings.defaults()),
                CodeValidator.Settings.defaults());
        try {
            ValidationResult result = validator.validate(app, technical);
            out.println();
            result.steps().forEach(step -> out.printf("%-10s %-8s %6.1f s%n", step.name(), step.outcome(),
                    step.duration().toMillis() / 1000.0));
            result.failedStep().ifPresent(step -> err.println("\n" + step.name() + " failed:\n" + step.logExcerpt()));
            return result.passed() ? 0 : 1;
        } catch (IOException e) {
            err.println("generate: validation could not run: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static void printCoverage(CoverageReport coverage, PrintStream out) {
        out.println("Coverage of the plan:");
        for (CoverageReport.Item item : coverage.items()) {
            out.printf("  %-15s %-16s %s: %s%n", item.status(), item.area(), item.subject(), item.detail());
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        int i = args.length > 0 && args[0].equals("generate") ? 1 : 0;
        for (; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--validate" -> options.put(arg, "true");
                case "--technical-plan", "--business-plan", "--out", "--data-dir", "--previous-technical-plan",
                     "--previous-app" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    options.put(arg, args[++i]);
                }
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        if (!options.containsKey("--technical-plan") || !options.containsKey("--out")) {
            throw new IllegalArgumentException("--technical-plan and --out are required");
        }
        if (options.containsKey("--previous-technical-plan") != options.containsKey("--previous-app")) {
            throw new IllegalArgumentException("--previous-technical-plan and --previous-app go together");
        }
        return options;
    }
}
