import dev.truecoding.generation.AppGenerator;
import dev.truecoding.generation.CoverageReport;
import dev.truecoding.generation.PlanReader;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How much of each sample plan the template builds: per plan and in all, the items of the coverage report that
 * stay NOT_IMPLEMENTED (the model writer, or the person, has to write them). Needs no npm; takes a second.
 * Run with {@code bench/generator/run.sh coverage}.
 */
public class CoverageBenchmark {

    private static final Path PLANS = Path.of("src/test/resources/generation/plans");

    /** Each sample plan with its business plan, when it has one. */
    private static final List<List<String>> SAMPLES = List.of(
            List.of("small.json", "small-business.json"), List.of("small-v2.json", "small-business.json"),
            List.of("relations.json"), List.of("reserved.json"), List.of("twenty.json"), List.of("all-types.json"),
            List.of("minimal.json"), List.of("recipes.json", "recipes-business.json"));

    public static void main(String[] args) throws Exception {
        AppGenerator generator = new AppGenerator();
        System.out.printf("%-16s %6s %10s %8s %16s %8s%n", "plan", "items", "generated", "adapted", "not implemented",
                "share");
        int allItems = 0;
        int allMissing = 0;
        for (List<String> sample : SAMPLES) {
            TechnicalPlan technical = PlanReader.technical(Files.readString(PLANS.resolve(sample.getFirst())));
            BusinessPlan business = sample.size() > 1
                    ? PlanReader.business(Files.readString(PLANS.resolve(sample.get(1)))) : null;
            CoverageReport report = generator.generate(technical, business).coverage();
            int items = report.items().size();
            int missing = report.withStatus(CoverageReport.Status.NOT_IMPLEMENTED).size();
            allItems += items;
            allMissing += missing;
            System.out.printf("%-16s %6d %10d %8d %16d %7.1f%%%n", sample.getFirst().replace(".json", ""), items,
                    report.withStatus(CoverageReport.Status.GENERATED).size(),
                    report.withStatus(CoverageReport.Status.ADAPTED).size(), missing, percent(missing, items));
            if (args.length > 0 && args[0].equals("--list")) {
                report.withStatus(CoverageReport.Status.NOT_IMPLEMENTED).forEach(item ->
                        System.out.printf("    %s %s: %s%n", item.area(), item.subject(), item.detail()));
            }
        }
        System.out.printf("%-16s %6d %10s %8s %16d %7.1f%%%n", "all", allItems, "", "", allMissing,
                percent(allMissing, allItems));
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
