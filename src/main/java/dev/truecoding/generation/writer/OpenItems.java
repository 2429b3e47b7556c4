package dev.truecoding.generation.writer;

import dev.truecoding.generation.CoverageReport;
import dev.truecoding.generation.CoverageReport.Item;
import dev.truecoding.generation.CoverageReport.Status;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The coverage items the model is asked to write: custom endpoints, page content and components. Sign-in,
 * environment variables, CI jobs and database changes stay with the person: they touch files the model may not
 * write, or need decisions (a provider, a key) the plan does not make.
 */
final class OpenItems {

    static final Set<String> WRITABLE_AREAS = Set.of("endpoint", "page", "component");

    private OpenItems() {
    }

    static List<Item> of(CoverageReport report) {
        return report.items().stream().filter(OpenItems::writable).toList();
    }

    /** "- [endpoint] POST /api/posts/:id/publish: custom endpoint: Publish a post" */
    static String list(List<Item> items) {
        StringBuilder out = new StringBuilder();
        for (Item item : items) {
            out.append("- [").append(item.area()).append("] ").append(item.subject()).append(": ").append(item.detail())
                    .append('\n');
        }
        return out.isEmpty() ? "(none)" : out.toString().strip();
    }

    /** The report with the items the model says it implemented marked as written by {@code model}. */
    static CoverageReport markImplemented(CoverageReport report, List<String> claimed, String model) {
        return new CoverageReport(report.items().stream()
                .map(item -> writable(item) && claimed.stream().anyMatch(claim -> names(item, claim))
                        ? new Item(item.area(), item.subject(), Status.GENERATED, "written by " + model)
                        : item)
                .toList());
    }

    private static boolean writable(Item item) {
        return item.status() == Status.NOT_IMPLEMENTED && WRITABLE_AREAS.contains(item.area());
    }

    /** The subject as listed, or with its area in front ("[page] About (/about)", "page: About (/about)"). */
    private static boolean names(Item item, String claim) {
        String said = claim.strip().toLowerCase(Locale.ROOT);
        String subject = item.subject().toLowerCase(Locale.ROOT);
        String area = item.area().toLowerCase(Locale.ROOT);
        return said.equals(subject) || said.equals("[" + area + "] " + subject) || said.equals(area + ": " + subject)
                || said.equals(area + " " + subject);
    }
}
