package dev.truecoding.generation;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.truecoding.system.Phrase;

import java.util.ArrayList;
import java.util.List;

/**
 * What the generated app does with each part of the plan: generated, adapted (renamed, mapped, assumed),
 * or not implemented. Shown to the person and written into the app's README, so that nothing the template
 * cannot do is hidden behind a stub.
 */
public record CoverageReport(List<Item> items) {

    public enum Status {
        GENERATED("built"), ADAPTED("built, adapted"), NOT_IMPLEMENTED("not built yet"), SKIPPED("left out");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        /** The status as a person reads it ("not built yet"). */
        public String words() {
            return words;
        }
    }

    /** The area of the business plan's features; every other area is a technical part of the plan. */
    public static final String FEATURE = "feature";

    /**
     * One line of the report: the part of the plan ({@code area}: entity, field, page…), its name, and why.
     *
     * @param detail why, in English (the API, the generated app's files, the model writer's prompt)
     * @param phrase why as a phrase of the page bundles, for the page to say it in the reader's language; null for a
     *               detail only said in English (and in reports stored before phrases)
     */
    public record Item(String area, String subject, Status status, String detail,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Phrase phrase) {

        public Item(String area, String subject, Status status, String detail) {
            this(area, subject, status, detail, null);
        }
    }

    public CoverageReport {
        items = List.copyOf(items);
    }

    public List<Item> withStatus(Status status) {
        return items.stream().filter(item -> item.status() == status).toList();
    }

    /** The business plan's features, each once: what a person reads first. */
    public List<Item> features() {
        return items.stream().filter(item -> item.area().equals(FEATURE)).toList();
    }

    /** Everything else (entities, endpoints, pages, components, stack…), each item once. */
    public List<Item> technical() {
        return items.stream().filter(item -> !item.area().equals(FEATURE)).toList();
    }

    /** Collects items while a plan is read; kept in the order they were found so the report is deterministic. */
    public static final class Builder {
        private final List<Item> items = new ArrayList<>();

        public void generated(String area, String subject, String detail) {
            items.add(new Item(area, subject, Status.GENERATED, detail));
        }

        public void adapted(String area, String subject, String detail) {
            items.add(new Item(area, subject, Status.ADAPTED, detail));
        }

        public void notImplemented(String area, String subject, String detail) {
            items.add(new Item(area, subject, Status.NOT_IMPLEMENTED, detail));
        }

        public void skipped(String area, String subject, String detail) {
            items.add(new Item(area, subject, Status.SKIPPED, detail));
        }

        public void generated(String area, String subject, Phrase detail) {
            items.add(new Item(area, subject, Status.GENERATED, detail.english(), detail));
        }

        public void adapted(String area, String subject, Phrase detail) {
            items.add(new Item(area, subject, Status.ADAPTED, detail.english(), detail));
        }

        public void notImplemented(String area, String subject, Phrase detail) {
            items.add(new Item(area, subject, Status.NOT_IMPLEMENTED, detail.english(), detail));
        }

        public void skipped(String area, String subject, Phrase detail) {
            items.add(new Item(area, subject, Status.SKIPPED, detail.english(), detail));
        }

        /** The report: the business plan's features first, as a person reads it, then the rest in plan order. */
        public CoverageReport build() {
            List<Item> ordered = new ArrayList<>(items.stream().filter(item -> item.area().equals(FEATURE)).toList());
            items.stream().filter(item -> !item.area().equals(FEATURE)).forEach(ordered::add);
            return new CoverageReport(ordered);
        }
    }
}
