package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.guided.PlanEdit.AddField;
import dev.truecoding.assistant.guided.PlanEdit.DefineEntity;
import dev.truecoding.assistant.guided.PlanEdit.Help;
import dev.truecoding.assistant.guided.PlanEdit.Invalid;
import dev.truecoding.assistant.guided.PlanEdit.NotNotation;
import dev.truecoding.assistant.guided.PlanEdit.Relate;
import dev.truecoding.assistant.guided.PlanEdit.RemoveEntity;
import dev.truecoding.assistant.guided.PlanEdit.RemoveEnv;
import dev.truecoding.assistant.guided.PlanEdit.RemoveField;
import dev.truecoding.assistant.guided.PlanEdit.RenameEntity;
import dev.truecoding.assistant.guided.PlanEdit.RenameField;
import dev.truecoding.assistant.guided.PlanEdit.SetEnv;
import dev.truecoding.assistant.guided.PlanEdit.ShowPlan;
import dev.truecoding.assistant.guided.PlanEdit.Unrelate;
import dev.truecoding.plan.TechnicalPlan.EnvVariable;
import dev.truecoding.plan.TechnicalPlan.Field;
import dev.truecoding.plan.TechnicalPlan.RelationshipType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the compact notation for editing a TechnicalPlan, one command per line (an entity's braces may span
 * lines). Keywords are case-insensitive, spaces are free, and trailing punctuation is ignored. See
 * {@link #SYNTAX} for the whole language.
 */
final class NotationParser {

    static final String ENTITY_SYNTAX = "entity Recipe { title: string required, servings: int, status: enum: draft|published default draft }";
    static final String SYNTAX = """
            - `%s` — create or replace an entity
            - `add field Recipe.rating: int` — add (or replace) a field; modifiers: `required`, `unique`, `default X`, `"description"`
            - `remove field Recipe.servings` · `rename field Recipe.title to name`
            - `remove entity Recipe` · `rename entity Recipe to Dish`
            - `relate Recipe many-to-one Cookbook` (also `one-to-many`, `one-to-one`, `many-to-many`) · `unrelate Recipe Cookbook`
            - `env STRIPE_KEY secret required "Stripe API key"` (optional `example "sk_test_…"`) · `remove env STRIPE_KEY`
            - `show plan` · `help`

            Names may have spaces: `entity Repair Job { due date: date }` makes **RepairJob** with `dueDate`.
            Field types: %s, or `enum: a|b|c` (values may have spaces: `enum: to do|in progress|done`).""".formatted(ENTITY_SYNTAX, String.join(", ", FieldType.NAMES));

    private static final int MAX_NAME = 40;
    /**
     * One word or several ("Repair Job", "due date"), joined into PascalCase or camelCase afterwards. The words that
     * join two names in a command ("to", "and", …) do not continue a name. At most 8 words: Java's regex engine
     * recurses per repetition.
     */
    private static final String NAME =
            "([\\p{L}_][\\p{L}\\p{N}_]*(?:[ \\t]+(?!(?:to|as|and|from|with)\\b)[\\p{L}\\p{N}_]+){0,7})";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern ENTITY = Pattern.compile("^entity\\s+" + NAME + "\\s*\\{(.*)}$", FLAGS);
    private static final Pattern ADD_FIELD = Pattern.compile("^add\\s+field\\s+" + NAME + "\\s*\\.\\s*(.+)$", FLAGS);
    private static final Pattern REMOVE_FIELD = Pattern.compile(
            "^(?:remove|delete|drop)\\s+field\\s+" + NAME + "\\s*\\.\\s*" + NAME + "$", FLAGS);
    private static final Pattern RENAME_FIELD = Pattern.compile(
            "^rename\\s+field\\s+" + NAME + "\\s*\\.\\s*" + NAME + "\\s+(?:to|as|->|→)\\s+" + NAME + "$", FLAGS);
    private static final Pattern REMOVE_ENTITY = Pattern.compile("^(?:remove|delete|drop)\\s+entity\\s+" + NAME + "$", FLAGS);
    private static final Pattern RENAME_ENTITY = Pattern.compile(
            "^rename\\s+entity\\s+" + NAME + "\\s+(?:to|as|->|→)\\s+" + NAME + "$", FLAGS);
    private static final Pattern RELATE = Pattern.compile(
            "^relate\\s+" + NAME + "\\s+(one[\\s_-]*to[\\s_-]*one|one[\\s_-]*to[\\s_-]*many|many[\\s_-]*to[\\s_-]*one"
                    + "|many[\\s_-]*to[\\s_-]*many|1:1|1:n|n:1|n:m|m:n)\\s+" + NAME + "$", FLAGS);
    private static final Pattern UNRELATE = Pattern.compile(
            "^unrelate\\s+" + NAME + "(?:\\s*,\\s*|\\s+(?:(?:and|from|with)\\s+)?)" + NAME + "$", FLAGS);
    private static final Pattern ENV = Pattern.compile("^(?:env|set\\s+env)\\s+([A-Za-z_][A-Za-z0-9_]*)(.*)$", FLAGS);
    private static final Pattern REMOVE_ENV = Pattern.compile("^(?:remove|delete|drop)\\s+env\\s+([A-Za-z_][A-Za-z0-9_]*)$", FLAGS);
    private static final Pattern SHOW = Pattern.compile(
            "^(?:show(?:\\s+me)?(?:\\s+the)?(?:\\s+(?:plan|summary|model|data model))?|plan|summary)$", FLAGS);
    private static final Pattern HELP = Pattern.compile("^(?:help|\\?+|commands|syntax|notation|how)$", FLAGS);
    private static final Pattern KEYWORD = Pattern.compile(
            "^(?:entity|add\\s+field|(?:remove|delete|drop|rename)\\s+(?:field|entity|env)|relate|unrelate|env)\\b", FLAGS);
    private static final Pattern FIELD = Pattern.compile("^" + NAME + "\\s*:\\s*(.+)$", FLAGS);
    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|“([^”]*)”|(\\S+)");
    private static final Pattern TRAILING = Pattern.compile("[\\s.;!,]+$");

    private NotationParser() {
    }

    static List<PlanEdit> parse(String message) {
        List<PlanEdit> edits = new ArrayList<>();
        for (String command : commands(FreeText.bounded(message))) {
            edits.add(parseCommand(command));
        }
        return edits;
    }

    /** Lines, except that an entity's braces hold their lines together. */
    private static List<String> commands(String text) {
        List<String> commands = new ArrayList<>();
        StringBuilder open = null;
        for (String line : text.split("\n")) {
            String stripped = line.strip().replaceFirst("^(?:[-*•]|\\d{1,2}[.)])\\s+", "").replaceAll("^`+|`+$", "");
            if (open != null) {
                open.append(' ').append(stripped);
                if (stripped.contains("}")) {
                    commands.add(open.toString());
                    open = null;
                }
            } else if (stripped.contains("{") && !stripped.contains("}")) {
                open = new StringBuilder(stripped);
            } else if (!stripped.isEmpty()) {
                commands.add(stripped);
            }
        }
        if (open != null) {
            commands.add(open.toString());
        }
        return commands;
    }

    private static PlanEdit parseCommand(String raw) {
        String line = TRAILING.matcher(FreeText.oneLine(raw)).replaceAll("");
        if (line.isEmpty()) {
            return new NotNotation(raw);
        }
        if (HELP.matcher(line).matches()) {
            return new Help(line);
        }
        if (SHOW.matcher(line).matches()) {
            return new ShowPlan(line);
        }
        Matcher m;
        if ((m = ENTITY.matcher(line)).matches()) {
            return entity(line, m.group(1), m.group(2));
        }
        if ((m = ADD_FIELD.matcher(line)).matches()) {
            String entity = entityName(m.group(1));
            String fieldText = m.group(2);
            return field(fieldText).map(field -> (PlanEdit) new AddField(line, entity, field))
                    .orElseGet(() -> fieldProblem(line, fieldText, "add field Recipe.rating: int"));
        }
        if ((m = REMOVE_FIELD.matcher(line)).matches()) {
            return new RemoveField(line, entityName(m.group(1)), m.group(2));
        }
        if ((m = RENAME_FIELD.matcher(line)).matches()) {
            return new RenameField(line, entityName(m.group(1)), m.group(2), fieldName(m.group(3)));
        }
        if ((m = REMOVE_ENTITY.matcher(line)).matches()) {
            return new RemoveEntity(line, entityName(m.group(1)));
        }
        if ((m = RENAME_ENTITY.matcher(line)).matches()) {
            return new RenameEntity(line, entityName(m.group(1)), entityName(m.group(2)));
        }
        if ((m = RELATE.matcher(line)).matches()) {
            return relate(line, entityName(m.group(1)), m.group(2), entityName(m.group(3)));
        }
        if ((m = UNRELATE.matcher(line)).matches()) {
            return new Unrelate(line, entityName(m.group(1)), entityName(m.group(2)));
        }
        if ((m = REMOVE_ENV.matcher(line)).matches()) {
            return new RemoveEnv(line, m.group(1).toUpperCase(Locale.ROOT));
        }
        if ((m = ENV.matcher(line)).matches()) {
            return env(line, m.group(1).toUpperCase(Locale.ROOT), m.group(2));
        }
        if (KEYWORD.matcher(line).find()) {
            return new Invalid(line, Said.of("notation.unreadCommand"), syntaxFor(line));
        }
        return new NotNotation(line);
    }

    private static PlanEdit entity(String line, String name, String body) {
        List<Field> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : splitFields(body)) {
            if (part.isBlank()) {
                continue;
            }
            Optional<Field> field = field(part);
            if (field.isEmpty()) {
                return fieldProblem(line, part, ENTITY_SYNTAX);
            }
            if (!seen.add(field.get().name().toLowerCase(Locale.ROOT))) {
                return new Invalid(line, Said.of("notation.fieldTwice", field.get().name()), ENTITY_SYNTAX);
            }
            fields.add(field.get());
        }
        if (fields.isEmpty()) {
            return new Invalid(line, Said.of("notation.noFields"), ENTITY_SYNTAX);
        }
        if (name.length() > MAX_NAME) {
            return new Invalid(line, Said.of("notation.nameTooLong", MAX_NAME), ENTITY_SYNTAX);
        }
        return new DefineEntity(line, entityName(name), fields);
    }

    /** Commas separate fields, except inside quotes. */
    private static List<String> splitFields(String body) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : body.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if ((c == ',' || c == ';') && !quoted) {
                parts.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString().strip());
        return parts;
    }

    /** {@code name: type [required] [optional] [unique] [default X] ["description"]}. */
    static Optional<Field> field(String text) {
        Matcher m = FIELD.matcher(text.strip());
        if (!m.matches() || m.group(1).length() > MAX_NAME || m.group(1).equalsIgnoreCase("id")) {
            return Optional.empty();
        }
        Optional<FieldType.Parsed> type = FieldType.parse(m.group(2));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        boolean required = false;
        Boolean unique = null;
        String defaultValue = null;
        String description = null;
        Matcher tokens = TOKEN.matcher(type.get().rest());
        boolean expectDefault = false;
        while (tokens.find()) {
            String quoted = tokens.group(1) != null ? tokens.group(1) : tokens.group(2);
            String word = tokens.group(3);
            if (expectDefault) {
                defaultValue = quoted != null ? quoted : word;
                expectDefault = false;
            } else if (quoted != null) {
                description = FreeText.cap(quoted, 200);
            } else {
                switch (word.toLowerCase(Locale.ROOT)) {
                    case "required", "!" -> required = true;
                    case "optional", "?" -> required = false;
                    case "unique" -> unique = true;
                    case "default", "default:", "=" -> expectDefault = true;
                    default -> {
                        if (word.toLowerCase(Locale.ROOT).startsWith("default=")) {
                            defaultValue = word.substring("default=".length());
                        } else {
                            return Optional.empty();
                        }
                    }
                }
            }
        }
        if (expectDefault || (defaultValue != null && FieldType.defaultProblem(type.get().type(), defaultValue) != null)) {
            return Optional.empty();
        }
        return Optional.of(new dev.truecoding.plan.TechnicalPlan.Field(
                fieldName(m.group(1)), type.get().type(), required, unique, defaultValue, description));
    }

    /** Explains the first thing wrong with a field definition. */
    private static Invalid fieldProblem(String line, String fieldText, String syntax) {
        Matcher m = FIELD.matcher(fieldText.strip());
        Said reason;
        if (!m.matches()) {
            reason = Said.of("notation.notNameType", FreeText.cap(fieldText, 60));
        } else if (m.group(1).equalsIgnoreCase("id")) {
            reason = Said.of("notation.idIsAutomatic");
        } else if (FieldType.parse(m.group(2)).isEmpty()) {
            reason = Said.of("notation.notAType", FreeText.cap(m.group(2), 40), String.join(", ", FieldType.NAMES));
        } else {
            FieldType.Parsed type = FieldType.parse(m.group(2)).get();
            Matcher defaultValue = Pattern.compile("default\\s*[:=]?\\s*\"?([^\"\\s]*)").matcher(type.rest());
            String problem = defaultValue.find() ? FieldType.defaultProblem(type.type(), defaultValue.group(1)) : null;
            reason = problem != null
                    ? Said.of("notation.badDefault", m.group(1), problem)
                    : Said.of("notation.unreadModifier", FreeText.cap(type.rest().strip(), 40), m.group(1));
        }
        return new Invalid(line, reason, syntax);
    }

    private static PlanEdit relate(String line, String first, String kind, String second) {
        String normalized = kind.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        return switch (normalized) {
            case "onetoone", "1:1" -> new Relate(line, first, second, RelationshipType.ONE_TO_ONE);
            case "onetomany", "1:n" -> new Relate(line, first, second, RelationshipType.ONE_TO_MANY);
            case "manytoone", "n:1" -> new Relate(line, second, first, RelationshipType.ONE_TO_MANY);
            default -> new Relate(line, first, second, RelationshipType.MANY_TO_MANY);
        };
    }

    /** {@code env NAME [secret|public] [required|optional] ["description"] [example "value"]}. */
    private static PlanEdit env(String line, String name, String rest) {
        boolean secret = false;
        boolean required = false;
        String description = null;
        String example = null;
        boolean expectExample = false;
        Matcher tokens = TOKEN.matcher(rest);
        while (tokens.find()) {
            String quoted = tokens.group(1) != null ? tokens.group(1) : tokens.group(2);
            String word = tokens.group(3);
            if (expectExample) {
                example = FreeText.cap(quoted != null ? quoted : word, 200);
                expectExample = false;
            } else if (quoted != null) {
                description = FreeText.cap(quoted, 200);
            } else {
                switch (word.toLowerCase(Locale.ROOT)) {
                    case "secret" -> secret = true;
                    case "public", "plain" -> secret = false;
                    case "required" -> required = true;
                    case "optional" -> required = false;
                    case "example", "example:", "example=" -> expectExample = true;
                    default -> {
                        return new Invalid(line, Said.of("notation.envWord", FreeText.cap(word, 30)),
                                "env STRIPE_KEY secret required \"Stripe API key\" example \"sk_test_placeholder\"");
                    }
                }
            }
        }
        if (description == null) {
            description = "Set by you: " + name;
        }
        return new SetEnv(line, new EnvVariable(name, description, required, secret, example));
    }

    private static String syntaxFor(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("entity")) {
            return ENTITY_SYNTAX;
        }
        if (lower.startsWith("add")) {
            return "add field Recipe.rating: int";
        }
        if (lower.matches("^(?:remove|delete|drop)\\s+field.*")) {
            return "remove field Recipe.servings";
        }
        if (lower.matches("^rename\\s+field.*")) {
            return "rename field Recipe.title to name";
        }
        if (lower.matches("^(?:remove|delete|drop)\\s+entity.*")) {
            return "remove entity Recipe";
        }
        if (lower.matches("^rename\\s+entity.*")) {
            return "rename entity Recipe to Dish";
        }
        if (lower.startsWith("relate")) {
            return "relate Recipe many-to-one Cookbook";
        }
        if (lower.startsWith("unrelate")) {
            return "unrelate Recipe Cookbook";
        }
        if (lower.matches("^(?:remove|delete|drop)\\s+env.*")) {
            return "remove env STRIPE_KEY";
        }
        return "env STRIPE_KEY secret required \"Stripe API key\"";
    }

    /** Entity names are PascalCase: "recipe" → "Recipe", "meal_plan" → "MealPlan". */
    static String entityName(String typed) {
        String name = EntityNaming.pascal(typed);
        return name.isEmpty() ? typed : name;
    }

    /** Field names are camelCase: "Title" → "title", "created_at" → "createdAt". */
    static String fieldName(String typed) {
        String name = EntityNaming.camel(typed);
        return name.isEmpty() ? typed : name;
    }
}
