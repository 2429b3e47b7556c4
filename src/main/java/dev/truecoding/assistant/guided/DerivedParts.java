package dev.truecoding.assistant.guided;

import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.APIEndpoint;
import dev.truecoding.plan.TechnicalPlan.Component;
import dev.truecoding.plan.TechnicalPlan.DataFetching;
import dev.truecoding.plan.TechnicalPlan.DataModel;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.EnvVariable;
import dev.truecoding.plan.TechnicalPlan.EnvironmentConfig;
import dev.truecoding.plan.TechnicalPlan.Field;
import dev.truecoding.plan.TechnicalPlan.FileNode;
import dev.truecoding.plan.TechnicalPlan.FileNodeType;
import dev.truecoding.plan.TechnicalPlan.HttpMethod;
import dev.truecoding.plan.TechnicalPlan.Page;
import dev.truecoding.plan.TechnicalPlan.Relationship;
import dev.truecoding.plan.TechnicalPlan.RelationshipType;
import dev.truecoding.plan.TechnicalPlan.SchemaDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything in a TechnicalPlan that follows from its data model: REST endpoints, pages, components and the file
 * tree, recomputed after every edit so they never disagree with the entities. The environment keeps what the
 * person set and always has {@code DATABASE_URL}.
 */
final class DerivedParts {

    static final EnvVariable DATABASE_URL = new EnvVariable("DATABASE_URL",
            "PostgreSQL connection string; without it the app uses an embedded PGlite database", true, true,
            "postgresql://user:password@localhost:5432/app");

    private DerivedParts() {
    }

    /**
     * A complete plan: the given model, architecture, stack and CI, with every derived part computed afresh, its
     * text in the plan's own language ({@link #language}).
     */
    static TechnicalPlan complete(TechnicalPlan base, DataModel model, List<EnvVariable> variables) {
        return complete(base, model, variables, language(base, model));
    }

    /** As {@link #complete(TechnicalPlan, DataModel, List)}, its text in the given language (a new plan's). */
    static TechnicalPlan complete(TechnicalPlan base, DataModel model, List<EnvVariable> variables, Language language) {
        Replies words = Replies.in(language);
        return new TechnicalPlan(
                base.architecture() != null ? base.architecture() : PlanDefaults.architecture(language),
                base.stack() != null && !base.stack().isEmpty() ? base.stack() : PlanDefaults.stack(language),
                model,
                endpoints(model, words),
                pages(model, words),
                components(model, words),
                files(model, words),
                base.cicd() != null ? base.cicd() : PlanDefaults.cicd(),
                new EnvironmentConfig(withDatabaseUrl(variables, words)));
    }

    /**
     * The language a plan's derived text is written in: the one its architecture and entities read as (a guided
     * plan derived from a Portuguese BusinessPlan says "Um app Next.js…" and "Receita, da funcionalidade…"), so an
     * edit keeps deriving in it and a derived item stays equal to what it was derived as.
     */
    static Language language(TechnicalPlan plan, DataModel model) {
        List<String> texts = new ArrayList<>();
        if (plan != null && plan.architecture() != null) {
            texts.add(plan.architecture().description());
        }
        if (model != null && model.entities() != null) {
            model.entities().stream().filter(java.util.Objects::nonNull).forEach(e -> texts.add(e.description()));
        }
        texts.removeIf(java.util.Objects::isNull);
        return Language.of(texts);
    }

    /**
     * The proposal of a change to a live plan, keeping what the live plan says beyond its data model: each derived
     * list is merged three ways by key (base: what the live data model derives, ours: what the proposal's derives,
     * theirs: the live plan's own list). An item the live plan has as derived follows the new data model; an item
     * the person or a model wrote differently stays as written, unless the entity it was derived for is gone; the
     * new model's new items are added. So a one-field change to a hand-written plan is that field, not every page
     * and endpoint written anew.
     */
    static TechnicalPlan rebased(TechnicalPlan live, TechnicalPlan proposal) {
        DataModel before = live.dataModel() == null ? new DataModel(List.of(), List.of()) : live.dataModel();
        DataModel after = proposal.dataModel();
        if (after == null) {
            return proposal;
        }
        try {
            return rebased(live, proposal, before, after);
        } catch (RuntimeException unreadable) {
            return proposal; // a live plan the derivation cannot read (a model's odd entities): the recomputed proposal
        }
    }

    private static TechnicalPlan rebased(TechnicalPlan live, TechnicalPlan proposal, DataModel before, DataModel after) {
        Replies words = Replies.in(language(live, before));
        return new TechnicalPlan(proposal.architecture(), proposal.stack(), after,
                merged(endpoints(before, words), endpoints(after, words), live.apiEndpoints(), e -> e.method() + " " + e.path()),
                merged(pages(before, words), pages(after, words), live.pages(), Page::path),
                merged(components(before, words), components(after, words), live.components(), Component::name),
                files(before, words).equals(live.fileStructure()) || live.fileStructure() == null ? proposal.fileStructure()
                        : live.fileStructure(),
                proposal.cicd(), environment(live, proposal));
    }

    /**
     * The proposal's variables, without the {@code DATABASE_URL} the derivation adds when the live plan does not
     * list it: the generated app has that variable whatever the plan says (.env.example), so it is no change the
     * person asked for, and a proposal must not read as if it were. One the person declared stays.
     */
    private static EnvironmentConfig environment(TechnicalPlan live, TechnicalPlan proposal) {
        boolean liveHasIt = live.environment() != null && live.environment().variables() != null
                && live.environment().variables().stream()
                .anyMatch(variable -> variable != null && DATABASE_URL.name().equals(variable.name()));
        if (liveHasIt || proposal.environment() == null || proposal.environment().variables() == null) {
            return proposal.environment();
        }
        return new EnvironmentConfig(proposal.environment().variables().stream()
                .filter(variable -> !DATABASE_URL.equals(variable)).toList());
    }

    private static <T> List<T> merged(List<T> base, List<T> ours, List<T> theirs, java.util.function.Function<T, String> key) {
        if (theirs == null) {
            return ours;
        }
        Map<String, T> derivedBefore = byKey(base, key);
        Map<String, T> derivedAfter = byKey(ours, key);
        List<T> result = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (T item : theirs) {
            if (item == null) {
                continue;
            }
            String k = key.apply(item);
            seen.add(k);
            if (derivedBefore.containsKey(k) && !derivedAfter.containsKey(k)) {
                continue; // derived for what the change removed
            }
            boolean wasDerived = item.equals(derivedBefore.get(k));
            result.add(wasDerived && derivedAfter.containsKey(k) ? derivedAfter.get(k) : item);
        }
        for (T item : ours) {
            String k = key.apply(item);
            if (!seen.contains(k) && !derivedBefore.containsKey(k)) {
                result.add(item);
            }
        }
        return List.copyOf(result);
    }

    private static <T> Map<String, T> byKey(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(key.apply(item), item));
        return map;
    }

    private static List<EnvVariable> withDatabaseUrl(List<EnvVariable> variables, Replies words) {
        List<EnvVariable> all = new ArrayList<>();
        all.add(new EnvVariable(DATABASE_URL.name(), words.text("derived.databaseUrl"), DATABASE_URL.required(),
                DATABASE_URL.secret(), DATABASE_URL.example()));
        for (EnvVariable variable : variables) {
            if (variable.name().equals(DATABASE_URL.name())) {
                all.set(0, variable);
            } else {
                all.add(variable);
            }
        }
        return List.copyOf(all);
    }

    static List<APIEndpoint> endpoints(DataModel model, Replies words) {
        List<APIEndpoint> endpoints = new ArrayList<>();
        for (Entity entity : model.entities()) {
            String collection = "/api/" + EntityNaming.route(entity.name());
            String one = collection + "/{id}";
            String label = EntityNaming.label(entity.name());
            String plural = EntityNaming.pluralLabel(entity.name());
            SchemaDefinition input = objectSchema(entity, model, false);
            SchemaDefinition stored = objectSchema(entity, model, true);
            endpoints.add(new APIEndpoint(HttpMethod.GET, collection, words.text("derived.endpoint.list", plural), null,
                    new SchemaDefinition("array", null, stored, null), false));
            endpoints.add(new APIEndpoint(HttpMethod.POST, collection, words.text("derived.endpoint.create", label), input, stored, false));
            endpoints.add(new APIEndpoint(HttpMethod.GET, one, words.text("derived.endpoint.get", label), null, stored, false));
            endpoints.add(new APIEndpoint(HttpMethod.PUT, one, words.text("derived.endpoint.update", label), input, stored, false));
            endpoints.add(new APIEndpoint(HttpMethod.DELETE, one, words.text("derived.endpoint.delete", label), null, null, false));
        }
        return endpoints;
    }

    /** The entity's fields, plus one {@code <owner>Id} per relationship that gives it an owner. */
    private static SchemaDefinition objectSchema(Entity entity, DataModel model, boolean withId) {
        Map<String, SchemaDefinition> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        if (withId) {
            properties.put("id", new SchemaDefinition("string", null, null, null));
            required.add("id");
        }
        for (Field field : entity.fields()) {
            properties.put(field.name(), new SchemaDefinition(FieldType.jsonType(field.type()), null, null, null));
            if (field.required()) {
                required.add(field.name());
            }
        }
        for (String owner : owners(entity, model)) {
            properties.putIfAbsent(EntityNaming.camel(owner) + "Id", new SchemaDefinition("string", null, null, null));
        }
        return new SchemaDefinition("object", properties, null, required);
    }

    /** Entities this one points to: the "one" side of a one-to-many, the first side of a one-to-one. */
    static List<String> owners(Entity entity, DataModel model) {
        List<String> owners = new ArrayList<>();
        for (Relationship relationship : model.relationships()) {
            boolean pointsHere = relationship.to().equals(entity.name()) && relationship.type() != RelationshipType.MANY_TO_MANY;
            if (pointsHere && !owners.contains(relationship.from())) {
                owners.add(relationship.from());
            }
        }
        return owners;
    }

    static List<Page> pages(DataModel model, Replies words) {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("/", words.text("derived.page.home"), words.text("derived.page.homeDescription"),
                List.of("Navigation", "Hero"), DataFetching.SSG));
        for (Entity entity : model.entities()) {
            String route = "/" + EntityNaming.route(entity.name());
            String type = EntityNaming.pascal(entity.name());
            String label = EntityNaming.label(entity.name());
            String plural = EntityNaming.pluralLabel(entity.name());
            pages.add(new Page(route, FreeText.capitalize(plural), words.text("derived.page.listDescription", plural),
                    List.of("Navigation", type + "List"), DataFetching.SSR));
            pages.add(new Page(route + "/new", words.text("derived.page.new", label),
                    words.text("derived.page.newDescription", label), List.of("Navigation", type + "Form"), DataFetching.CSR));
            pages.add(new Page(route + "/[id]", words.text("derived.page.details", FreeText.capitalize(label)),
                    words.text("derived.page.detailsDescription", label),
                    List.of("Navigation", type + "Details", "DeleteButton"), DataFetching.SSR));
            pages.add(new Page(route + "/[id]/edit", words.text("derived.page.edit", label),
                    words.text("derived.page.editDescription", label),
                    List.of("Navigation", type + "Form"), DataFetching.SSR));
        }
        return pages;
    }

    static List<Component> components(DataModel model, Replies words) {
        List<Component> components = new ArrayList<>();
        components.add(new Component("Navigation", words.text("derived.component.navigation"), Map.of("appName", "string"), false));
        components.add(new Component("Hero", words.text("derived.component.hero"),
                orderedProps("title", "string", "tagline", "string"), false));
        components.add(new Component("DeleteButton", words.text("derived.component.deleteButton"),
                orderedProps("endpoint", "string", "redirectTo", "string"), false));
        for (Entity entity : model.entities()) {
            String type = EntityNaming.pascal(entity.name());
            String plural = EntityNaming.pluralLabel(entity.name());
            String label = EntityNaming.label(entity.name());
            components.add(new Component(type + "List", words.text("derived.component.list", plural), Map.of("items", type + "[]"), false));
            components.add(new Component(type + "Form", words.text("derived.component.form", label),
                    orderedProps("initial", type + " | undefined", "action", "string"), false));
            components.add(new Component(type + "Details", words.text("derived.component.details", label), Map.of("item", type), false));
        }
        return components;
    }

    private static Map<String, String> orderedProps(String... pairs) {
        Map<String, String> props = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            props.put(pairs[i], pairs[i + 1]);
        }
        return props;
    }

    static List<FileNode> files(DataModel model, Replies words) {
        List<FileNode> app = new ArrayList<>();
        app.add(file("src/app/layout.tsx", words.text("derived.file.rootLayoutWithNavigation")));
        app.add(file("src/app/page.tsx", words.text("derived.file.landingPage")));
        List<FileNode> api = new ArrayList<>();
        List<FileNode> components = new ArrayList<>();
        components.add(file("src/components/Navigation.tsx", "Navigation"));
        components.add(file("src/components/Hero.tsx", "Hero"));
        components.add(file("src/components/DeleteButton.tsx", "DeleteButton"));
        List<FileNode> validation = new ArrayList<>();
        List<FileNode> tests = new ArrayList<>();
        for (Entity entity : model.entities()) {
            String route = EntityNaming.route(entity.name());
            String type = EntityNaming.pascal(entity.name());
            String kebab = EntityNaming.kebab(entity.name());
            app.add(directory("src/app/" + route, words.text("derived.file.pagesFor", EntityNaming.pluralLabel(entity.name())), List.of(
                    file("src/app/" + route + "/page.tsx", words.text("derived.file.list")),
                    file("src/app/" + route + "/new/page.tsx", words.text("derived.file.create")),
                    file("src/app/" + route + "/[id]/page.tsx", words.text("derived.file.details")),
                    file("src/app/" + route + "/[id]/edit/page.tsx", words.text("derived.file.edit")))));
            api.add(directory("src/app/api/" + route, words.text("derived.file.routesFor", EntityNaming.pluralLabel(entity.name())), List.of(
                    file("src/app/api/" + route + "/route.ts", words.text("derived.file.getListPostCreate")),
                    file("src/app/api/" + route + "/[id]/route.ts", words.text("derived.file.getPutDeleteOne")))));
            components.add(file("src/components/" + type + "List.tsx", type + "List"));
            components.add(file("src/components/" + type + "Form.tsx", type + "Form"));
            components.add(file("src/components/" + type + "Details.tsx", type + "Details"));
            validation.add(file("src/lib/validation/" + kebab + ".ts", words.text("derived.file.schemaFor", type)));
            tests.add(file("tests/" + kebab + ".test.ts", words.text("derived.file.testsFor", type)));
        }
        app.add(directory("src/app/api", words.text("derived.file.routeHandlers"), api));
        return List.of(
                file("package.json", words.text("derived.file.dependenciesAndScripts")),
                file("tsconfig.json", words.text("derived.file.typescriptSettings")),
                file("next.config.ts", words.text("derived.file.nextJsSettings")),
                file("drizzle.config.ts", words.text("derived.file.drizzleMigrations")),
                file(".env.example", words.text("derived.file.environmentVariablesPlaceholdersOnly")),
                file("README.md", words.text("derived.file.howToRunTest")),
                directory(".github/workflows", words.text("derived.file.ci"), List.of(file(".github/workflows/ci.yml", words.text("derived.file.installTypecheckTestBuild")))),
                directory("src", words.text("derived.file.applicationCode"), List.of(
                        directory("src/app", words.text("derived.file.appRouterPagesAnd"), app),
                        directory("src/components", words.text("derived.file.reactComponents"), components),
                        directory("src/db", words.text("derived.file.database"), List.of(
                                file("src/db/schema.ts", words.text("derived.file.drizzleTablesOnePer")),
                                file("src/db/index.ts", words.text("derived.file.postgresqlWhenDatabaseUrl")))),
                        directory("src/lib/validation", words.text("derived.file.inputValidation"), validation))),
                directory("tests", words.text("derived.file.vitestTests"), tests));
    }

    private static FileNode file(String path, String description) {
        return new FileNode(path, FileNodeType.FILE, description, null, null);
    }

    private static FileNode directory(String path, String description, List<FileNode> children) {
        return new FileNode(path, FileNodeType.DIRECTORY, description, null, List.copyOf(children));
    }
}
