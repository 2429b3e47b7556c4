package dev.truecoding.generation.model;

import dev.truecoding.generation.CoverageReport;

import java.util.List;

/** Everything the templates read: the plan, made safe and complete, and the report of what was adapted. */
public record AppModel(
        String name,
        String packageName,
        String tagline,
        String description,
        String problem,
        List<Feature> features,
        List<EntityModel> entities,
        List<Relations.JoinTable> joinTables,
        List<PageModel> pages,
        List<NavLink> nav,
        List<EnvVar> env,
        Ci ci,
        SignIn signIn,
        // Styled with Tailwind CSS (the plan's stack names it), else with plain CSS.
        boolean tailwind,
        CoverageReport coverage,
        AppLanguage language) {

    /** The same model with another coverage report (the generator adds what a new plan version leaves in the database). */
    public AppModel withCoverage(CoverageReport report) {
        return new AppModel(name, packageName, tagline, description, problem, features, entities, joinTables, pages,
                nav, env, ci, signIn, tailwind, report, language);
    }

    /** Whether the app speaks Portuguese: the templates written once for both languages pick their words by it. */
    public boolean portuguese() {
        return language.isPortuguese();
    }

    /** The note of a secret variable in .env.example, in the app's language. */
    public String secretWord() {
        return language.isPortuguese() ? "secreta" : "secret";
    }

    /** The note of a required variable in .env.example, in the app's language. */
    public String requiredWord() {
        return language.isPortuguese() ? "obrigatória" : "required";
    }

    /** Sign-in that switches to Clerk when its keys are set. */
    public boolean clerk() {
        return signIn != null && signIn.clerk();
    }

    public String nameJs() {
        return Js.string(name);
    }

    public String taglineJs() {
        return Js.string(tagline);
    }

    public String descriptionJs() {
        return Js.string(description);
    }

    public String problemJs() {
        return problem == null ? null : Js.string(problem);
    }

    public String taglineLine() {
        return tagline.isBlank() ? null : Js.oneLine(tagline);
    }

    public String descriptionLine() {
        return description.isBlank() ? null : Js.oneLine(description);
    }

    /** The technical items of the coverage report as Markdown table cells: one line each, no pipes, in the app's language. */
    public List<Row> coverageRows() {
        return coverage.technical().stream().map(this::row).toList();
    }

    /** The business plan's features and whether the app has each, one line each. */
    public List<Row> featureRows() {
        return coverage.features().stream().map(this::row).toList();
    }

    public boolean hasFeatureRows() {
        return !coverage.features().isEmpty();
    }

    private Row row(CoverageReport.Item item) {
        return new Row(Js.oneLine(language.area(item.area())), Js.oneLine(item.subject()),
                language.statusWords(item.status()), Js.oneLine(item.detail()));
    }

    /** A line of the README's coverage: the part of the plan and its status in the app's language. */
    public record Row(String area, String subject, String status, String detail) {
    }

    /** The features the app really has: the landing page shows only these. */
    public List<Feature> builtFeatures() {
        return features.stream().filter(Feature::built).toList();
    }

    public boolean hasFeatures() {
        return features.stream().anyMatch(Feature::built);
    }

    /** Entities whose latest records the home page shows: those anyone may list, except the people themselves. */
    public List<EntityModel> homeEntities() {
        return entities.stream().filter(entity -> !entity.access().list() && !entity.access().self()).limit(6).toList();
    }

    public boolean hasHomeEntities() {
        return !homeEntities().isEmpty();
    }

    public boolean hasNav() {
        return !nav.isEmpty();
    }

    /** A feature of the business plan; {@code href} is the page that does it (null when none does). */
    public record Feature(String name, String description, boolean built, String href) {

        public String hrefJs() {
            return href == null ? null : Js.string(href);
        }

        public String nameJs() {
            return Js.string(name);
        }

        public String descriptionJs() {
            return Js.string(description);
        }
    }

    public record NavLink(String label, String href) {
        public String labelJs() {
            return Js.string(label);
        }

        public String hrefJs() {
            return Js.string(href);
        }
    }

    /** A variable of .env.example: a placeholder only, never a value. */
    public record EnvVar(String name, String description, boolean required, boolean secret) {
    }

    /** CI configs to write besides GitHub Actions, which is always written. */
    public record Ci(boolean gitlab, boolean circleci) {
    }
}
