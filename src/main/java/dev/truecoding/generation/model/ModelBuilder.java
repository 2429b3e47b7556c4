package dev.truecoding.generation.model;

import dev.truecoding.system.Phrase;
import dev.truecoding.generation.CoverageReport;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a plan generously and builds the {@link AppModel}: names made safe, duplicates suffixed, unknown types
 * turned into text, relationships to unknown entities skipped — each adaptation recorded in the coverage report.
 * Everything is read in plan order, so the same plan always gives the same model.
 */
public final class ModelBuilder {

    private static final Set<String> DISPLAY_NAMES = Set.of("name", "title", "label", "displayname", "fullname",
            "username", "subject", "headline", "code", "slug", "email");

    /**
     * Someone speaking about themselves, in English ("I", "I'm", "my", "me", "mine", "myself") or Portuguese ("eu",
     * "meu", "minha", "comigo", and the verbs people open an idea with: "quero", "preciso", "tenho").
     */
    private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\p{L}'’])(i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|my|me|mine|myself"
                    + "|eu|meu|meus|minha|minhas|comigo|quero|preciso|tenho)(?![\\p{L}'’])");

    private final CoverageReport.Builder coverage = new CoverageReport.Builder();

    public static AppModel build(TechnicalPlan technical, BusinessPlan business) {
        return new ModelBuilder().buildModel(Objects.requireNonNull(technical, "technical plan"), business);
    }

    private AppModel buildModel(TechnicalPlan plan, BusinessPlan business) {
        AppLanguage language = AppLanguage.of(plan, business);
        List<TechnicalPlan.Entity> planEntities = plan.dataModel() == null || plan.dataModel().entities() == null
                ? List.of() : plan.dataModel().entities().stream().filter(Objects::nonNull).toList();
        Map<TechnicalPlan.Entity, EntityNames> names = entityNames(planEntities, language);
        Map<EntityNames, List<FieldModel>> fields = new LinkedHashMap<>();
        names.forEach((entity, entityNames) -> fields.put(entityNames, fields(entity, entityNames)));
        RelationsBuilder relations = new RelationsBuilder(fields, coverage);
        relations.read(plan.dataModel() == null ? null : plan.dataModel().relationships(), names);
        SignIn signIn = SignInBuilder.read(plan, fields);
        Map<EntityNames, Access> access = SignInBuilder.access(plan, signIn, fields, relations);
        CustomEndpoints custom = new CustomEndpoints(fields, relations, access, signIn != null);
        custom.read(plan.apiEndpoints());

        List<EntityModel> entities = new ArrayList<>();
        names.forEach((entity, entityNames) -> {
            String display = display(fields.get(entityNames));
            entities.add(new EntityModel(entityNames, text(entity.description(), ""), fields.get(entityNames),
                    relations.belongsTo(entityNames), relations.hasMany(entityNames),
                    relations.manyToMany(entityNames), display, access.get(entityNames),
                    custom.transitions(entityNames), custom.nested(entityNames), custom.mine(entityNames)));
            Phrase rules = access.get(entityNames).describe(entityNames);
            coverage.generated("entity", entityNames.label(), rules == null
                    ? Phrase.of("coverage.detail.entity", entityNames.table(), entityNames.route())
                    : Phrase.of("coverage.detail.entityRules", entityNames.table(), entityNames.route(), rules));
        });
        if (entities.isEmpty()) {
            coverage.skipped("data model", "entities", Phrase.of("coverage.detail.noEntities"));
        }

        String name = business != null && !blank(business.name()) ? Js.oneLine(business.name()) : "My App";
        List<AppModel.Feature> features = FeaturesBuilder.read(business, entities, signIn, coverage);
        PagesBuilder pages = new PagesBuilder(entities, signIn != null, coverage);
        pages.read(plan.pages());
        new PlanNotes(coverage).read(plan, entities, signIn, pages.components(), custom);
        return new AppModel(
                name,
                packageName(name),
                business != null ? forVisitors(business.tagline()) : "",
                business != null && !forVisitors(business.description()).isEmpty() ? forVisitors(business.description())
                        : whatItKeeps(entities),
                business != null ? emptyToNull(forVisitors(business.problemStatement())) : null,
                features,
                entities,
                relations.joinTables(),
                pages.pages(),
                pages.nav(),
                EnvBuilder.read(plan.environment(), signIn, coverage, language),
                CiBuilder.read(plan.cicd(), coverage),
                signIn,
                PlanNotes.tailwind(plan.stack()),
                coverage.build(),
                language);
    }

    private Map<TechnicalPlan.Entity, EntityNames> entityNames(List<TechnicalPlan.Entity> planEntities, AppLanguage language) {
        Map<TechnicalPlan.Entity, EntityNames> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (TechnicalPlan.Entity entity : planEntities) {
            EntityNames entityNames = EntityNames.of(entity.name(), 0, language);
            for (int suffix = 2; !disjoint(taken, entityNames.identifiers()); suffix++) {
                entityNames = EntityNames.of(entity.name(), suffix, language);
            }
            taken.addAll(entityNames.identifiers());
            if (!entityNames.type().equals(Naming.pascal(Naming.words(entityNames.label())))
                    || !entityNames.table().equals(Naming.snake(Naming.plural(Naming.words(entityNames.label()))))) {
                coverage.adapted("entity", entityNames.label(), "named " + entityNames.type() + " in code, table "
                        + entityNames.table() + ", route /" + entityNames.route()
                        + " (reserved word, special characters or a name already used)");
            }
            names.put(entity, entityNames);
        }
        return names;
    }

    private List<FieldModel> fields(TechnicalPlan.Entity entity, EntityNames entityNames) {
        List<FieldModel> fields = new ArrayList<>();
        Set<String> properties = new HashSet<>();
        Set<String> columns = new HashSet<>();
        for (TechnicalPlan.Field field : entity.fields() == null ? List.<TechnicalPlan.Field>of() : entity.fields()) {
            if (field == null) {
                continue;
            }
            String label = text(field.name(), "field");
            String subject = entityNames.label() + "." + label;
            List<String> words = Naming.words(label);
            String camel = Naming.camel(words);
            if (ReservedWords.PROPERTY.contains(camel)) {
                coverage.adapted("field", subject, Phrase.of("coverage.detail.everyRecord", camel));
                continue;
            }
            String property = ReservedWords.TYPESCRIPT.safe(camel, "Value");
            String column = ReservedWords.POSTGRESQL.safe(Naming.snake(words), "_value");
            for (int suffix = 2; properties.contains(property.toLowerCase(Locale.ROOT))
                    || columns.contains(column); suffix++) {
                property = ReservedWords.TYPESCRIPT.safe(camel, "Value") + suffix;
                column = ReservedWords.POSTGRESQL.safe(Naming.snake(words), "_value") + "_" + suffix;
            }
            properties.add(property.toLowerCase(Locale.ROOT));
            columns.add(column);
            column = Naming.sqlIdentifier(column);
            if (!property.equals(camel) || !column.equals(Naming.snake(words))) {
                coverage.adapted("field", subject, Phrase.of("coverage.detail.fieldNamed", property, column));
            }

            FieldTypeParser.ParsedType parsed = FieldTypeParser.parse(field.type());
            if (parsed.note() != null) {
                coverage.adapted("field", subject, parsed.note());
            }
            boolean unique = Boolean.TRUE.equals(field.unique());
            if (unique && !parsed.type().uniqueMakesSense()) {
                unique = false;
                coverage.adapted("field", subject, "unique ignored: a " + parsed.type().name().toLowerCase(Locale.ROOT)
                        + " column can hold only a few distinct values");
            }
            Optional<DefaultValue> defaultValue = DefaultValue.parse(parsed.type(), parsed.enumValues(), field.defaultValue());
            if (!blank(field.defaultValue()) && defaultValue.isEmpty()) {
                coverage.adapted("field", subject, "default \"" + field.defaultValue() + "\" does not fit the type "
                        + parsed.type().name().toLowerCase(Locale.ROOT) + " and was left out");
            }
            fields.add(new FieldModel(label, property, column, parsed.type(), field.required(), unique,
                    parsed.enumValues(),
                    defaultValue.map(DefaultValue::sql).orElse(null),
                    defaultValue.map(DefaultValue::ts).orElse(null),
                    unique ? Naming.sqlIdentifier(entityNames.table() + "_" + column + "_key") : null));
        }
        return fields;
    }

    /** The field that names a record: a name-like text field, else the first short text field, else the id. */
    static String display(List<FieldModel> fields) {
        return fields.stream()
                .filter(field -> field.kind() == FieldType.STRING || field.kind() == FieldType.EMAIL)
                .filter(field -> DISPLAY_NAMES.contains(field.property().toLowerCase(Locale.ROOT)))
                .findFirst()
                .or(() -> fields.stream().filter(field -> field.kind() == FieldType.STRING).findFirst())
                .map(FieldModel::property)
                .orElse("id");
    }

    /** A sentence for visitors when the plan has none fit for them: what the app keeps ("Keep track of posts and authors."). */
    static String whatItKeeps(List<EntityModel> entities) {
        List<String> kinds = entities.stream().limit(4)
                .map(entity -> entity.names().labelPlural().toLowerCase(Locale.ROOT)).toList();
        if (kinds.isEmpty()) {
            return "";
        }
        String list = kinds.size() == 1 ? kinds.getFirst()
                : String.join(", ", kinds.subList(0, kinds.size() - 1)) + " and " + kinds.getLast();
        return "Keep track of " + list + (entities.size() > 4 ? " and more" : "") + ", all in one place.";
    }

    /**
     * Text for the visitors of the app, or "" when it is the person's own words about themselves ("I keep my
     * recipes on paper…"): those belong in the plan, not on the app's landing page.
     */
    static String forVisitors(String text) {
        if (blank(text)) {
            return "";
        }
        String clean = text.strip();
        return FIRST_PERSON.matcher(clean).find() ? "" : clean;
    }

    /** An npm package name: lower-case, URL-safe, at most 214 characters. */
    static String packageName(String name) {
        String kebab = Naming.kebab(Naming.words(name));
        return kebab.length() > 60 ? kebab.substring(0, 60).replaceAll("-+$", "") : kebab;
    }

    private static boolean disjoint(Set<String> taken, Set<String> names) {
        return names.stream().noneMatch(taken::contains);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String text(String text, String fallback) {
        return blank(text) ? fallback : text.strip();
    }

    private static String emptyToNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
