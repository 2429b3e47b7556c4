package dev.truecoding.generation.model;

import dev.truecoding.system.Phrase;
import dev.truecoding.generation.CoverageReport;
import dev.truecoding.plan.TechnicalPlan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Places every page of the plan at its path. A path the entity pages already serve ("/products",
 * "/products/:id") is answered by them; "/" is the landing page; every other path gets a page of its own.
 * Dynamic segments are renamed by position ({@code [id]}, {@code [id2]}) because Next.js refuses two slug
 * names at one level, which plans written by hand easily have.
 */
final class PagesBuilder {

    private final List<EntityModel> entities;
    private final CoverageReport.Builder coverage;
    private final List<PageModel> pages = new ArrayList<>();
    private final List<AppModel.NavLink> nav = new ArrayList<>();
    private final Set<String> directories = new HashSet<>();
    private final List<String> components = new ArrayList<>();

    /** Paths a plan gives its sign-in pages; with sign-in the generated ones answer them. */
    private static final Set<String> SIGN_IN_PATHS = Set.of("sign-in", "signin", "login", "log-in", "sign-up",
            "signup", "register", "auth", "sign-in/[id]", "sign-up/[id]");

    private final boolean signIn;

    PagesBuilder(List<EntityModel> entities, boolean signIn, CoverageReport.Builder coverage) {
        this.entities = entities;
        this.signIn = signIn;
        this.coverage = coverage;
        if (signIn) {
            directories.addAll(Set.of("sign-in", "sign-up"));
        }
        entities.forEach(entity -> nav.add(new AppModel.NavLink(entity.names().labelPlural(), "/" + entity.route())));
    }

    void read(List<TechnicalPlan.Page> planPages) {
        for (TechnicalPlan.Page page : planPages == null ? List.<TechnicalPlan.Page>of() : planPages) {
            if (page != null) {
                place(page);
            }
        }
    }

    List<PageModel> pages() {
        return pages;
    }

    /** The components the pages list, in plan order; the coverage report judges each once, with the plan's own. */
    List<String> components() {
        return components;
    }

    List<AppModel.NavLink> nav() {
        return nav;
    }

    private void place(TechnicalPlan.Page page) {
        String name = Js.oneLine(ModelBuilder.text(page.name(), ModelBuilder.text(page.path(), "Page")));
        List<String> params = new ArrayList<>();
        List<String> segments = segments(page.path(), params);
        String subject = name + " (" + ModelBuilder.text(page.path(), "no path") + ")";
        if (segments.isEmpty()) {
            coverage.generated("page", subject, Phrase.of("coverage.detail.landingPage"));
            collectComponents(page, subject);
            return;
        }
        if (segments.getFirst().equals("api")) {
            coverage.skipped("page", subject, Phrase.of("coverage.detail.pageUnderApi"));
            return;
        }
        if (signIn && SIGN_IN_PATHS.contains(String.join("/", segments).toLowerCase(Locale.ROOT))) {
            boolean up = Set.of("sign-up", "signup", "register").contains(segments.getFirst().toLowerCase(Locale.ROOT));
            coverage.generated("page", subject, Phrase.of(up ? "coverage.detail.signUpPage" : "coverage.detail.signInPage"));
            collectComponents(page, subject);
            return;
        }
        EntityModel entity = entities.stream().filter(e -> e.route().equalsIgnoreCase(segments.getFirst())).findFirst().orElse(null);
        if (entity != null && servedByEntityPages(segments)) {
            coverage.adapted("page", subject, Phrase.of("coverage.detail.entityPages", entity.label(), "/" + String.join("/", segments)));
            collectComponents(page, subject);
            return;
        }
        String directory = String.join("/", segments);
        if (!directories.add(directory)) {
            coverage.skipped("page", subject, Phrase.of("coverage.detail.samePath", "/" + directory));
            return;
        }
        String path = "/" + directory;
        List<EntityModel> related = related(page);
        pages.add(new PageModel(name, path, directory, ModelBuilder.text(page.description(), ""), params,
                page.components() == null ? List.of() : page.components().stream().filter(Objects::nonNull).toList(),
                related, Naming.pascal(Naming.words(name)) + "Page"));
        if (params.isEmpty()) {
            nav.add(new AppModel.NavLink(name, path));
        }
        coverage.generated("page", subject, related.isEmpty() ? Phrase.of("coverage.detail.pageAt", path)
                : Phrase.of("coverage.detail.pageShowing", path, String.join(", ", related.stream().map(EntityModel::label).toList())));
        collectComponents(page, subject);
    }

    private void collectComponents(TechnicalPlan.Page page, String subject) {
        if (page.components() != null) {
            page.components().stream().filter(Objects::nonNull).forEach(components::add);
        }
    }

    /** The entity pages: list, new, detail and edit. */
    private static boolean servedByEntityPages(List<String> segments) {
        return segments.size() == 1
                || segments.size() == 2 && (segments.get(1).equals("new") || segments.get(1).startsWith("["))
                || segments.size() == 3 && segments.get(1).startsWith("[") && segments.get(2).equals("edit");
    }

    /** URL segments made safe; dynamic ones (":id", "{id}", "[slug]") become "[id]", "[id2]"… in order. */
    static List<String> segments(String path, List<String> params) {
        String clean = path == null ? "" : path.strip().replaceAll("[?#].*$", "");
        List<String> segments = new ArrayList<>();
        for (String raw : clean.split("/")) {
            String segment = raw.strip();
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                continue;
            }
            if (segment.startsWith(":") || segment.startsWith("[") || segment.startsWith("{")) {
                String param = params.isEmpty() ? "id" : "id" + (params.size() + 1);
                params.add(param);
                segments.add("[" + param + "]");
            } else if (segment.startsWith("(") && segment.endsWith(")")) {
                continue; // a Next.js route group: no URL segment of its own
            } else if (segment.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
                segments.add(segment);
            } else {
                segments.add(Naming.kebab(Naming.words(segment)));
            }
        }
        return segments;
    }

    /** Entities a page mentions in its path, name, description or components. */
    private List<EntityModel> related(TechnicalPlan.Page page) {
        String text = " " + String.join(" ", Objects.toString(page.path(), ""), Objects.toString(page.name(), ""),
                Objects.toString(page.description(), ""), page.components() == null ? ""
                        : String.join(" ", page.components().stream().filter(Objects::nonNull).toList()))
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        return entities.stream().filter(entity -> mentions(text, entity)).limit(4).toList();
    }

    private static boolean mentions(String text, EntityModel entity) {
        String label = " " + entity.label().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        String plural = " " + entity.names().labelPlural().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return text.contains(label + " ") || text.contains(plural + " ");
    }
}
