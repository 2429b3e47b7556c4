package dev.truecoding.generation.model;

import java.util.List;

/**
 * One column of an entity as the templates see it. Names are already safe; {@code sqlDefault} and
 * {@code formDefault} are literals ready for SQL and TypeScript (null when the field has no default).
 */
public record FieldModel(
        String label,
        String property,
        String column,
        FieldType kind,
        boolean required,
        boolean unique,
        List<String> enumValues,
        String sqlDefault,
        String formDefault,
        String uniqueConstraint) {

    public String labelJs() {
        return Js.string(Naming.humanLabel(label));
    }

    /** Money reads with its two decimals on pages (45.5 → "45.50"). */
    public boolean money() {
        return kind == FieldType.MONEY;
    }

    public String propertyJs() {
        return Js.string(property);
    }

    public String sqlType() {
        return kind.sqlType();
    }

    public String enumCheck() {
        return kind == FieldType.ENUM
                ? enumValues.stream().map(Js::sqlString).collect(java.util.stream.Collectors.joining(", "))
                : null;
    }

    public String drizzle() {
        return kind.drizzle(column, Js.array(enumValues));
    }

    /** The SQL default for Drizzle's {@code sql.raw(...)}, so the code's types know the column may be omitted. */
    public String drizzleDefault() {
        return sqlDefault == null ? null : Js.string(sqlDefault);
    }

    public boolean hasDefault() {
        return sqlDefault != null;
    }

    /** The zod schema, with messages in words: "Title is required", "Servings must be 0 or more". */
    public String zod() {
        // the messages' words come from the app's src/lib/words.ts, in the plan's language
        String name = Js.string(Naming.humanLabel(label));
        String base = kind.zod(Js.array(enumValues), "says(" + name + ", " + kind.expected(enumValues) + ")");
        if (kind == FieldType.STRING || kind == FieldType.TEXT) {
            base += required ? ".min(1, words.isRequired(" + name + "))" : "";
            base += kind == FieldType.STRING ? ".max(255, words.atMost(" + name + ", 255))" : "";
        }
        if (minimum() != null) {
            base += ".min(0, words.zeroOrMore(" + name + "))";
        }
        return base;
    }

    /** Required in the form: the plan requires it and no default fills it in (a checkbox is always answered). */
    public boolean markedRequired() {
        return required && !hasDefault() && kind != FieldType.BOOLEAN;
    }

    /**
     * "0" for counts, quantities, prices and durations, which cannot be negative (no −3 servings); null for
     * numbers that may be (a balance, a temperature, a coordinate) and for everything else.
     */
    public String minimum() {
        if (!kind.numeric()) {
            return null;
        }
        List<String> words = Naming.words(label).stream().map(word -> word.toLowerCase(java.util.Locale.ROOT)).toList();
        if (words.stream().anyMatch(SIGNED::contains)) {
            return null;
        }
        return kind == FieldType.MONEY || words.stream().anyMatch(COUNTED::contains) ? "0" : null;
    }

    /** Words of quantities that are never below zero. */
    private static final java.util.Set<String> COUNTED = java.util.Set.of("count", "counts", "quantity", "qty",
            "amount", "number", "num", "servings", "serving", "portions", "portion", "price", "cost", "fee", "fees",
            "total", "stock", "inventory", "age", "duration", "minutes", "mins", "hours", "days", "weeks", "months",
            "years", "seconds", "length", "width", "height", "weight", "size", "capacity", "pages", "calories",
            "distance", "seats", "guests", "people", "items", "units", "copies", "stars", "rating", "score", "budget",
            "salary", "wage", "rent", "deposit", "tax", "discount", "tip", "credits", "points", "views", "visits",
            "attempts", "members", "players", "volume", "rate", "percent", "percentage", "time");

    /** Words of quantities that may be negative, whatever else the name says. */
    private static final java.util.Set<String> SIGNED = java.util.Set.of("balance", "profit", "loss", "delta",
            "change", "difference", "adjustment", "net", "offset", "temperature", "temp", "latitude", "longitude",
            "lat", "lng", "lon", "elevation", "altitude", "correction");

    public String control() {
        return kind.control();
    }

    public boolean isTextarea() {
        return kind == FieldType.TEXT;
    }

    public boolean isJson() {
        return kind == FieldType.JSON;
    }

    public boolean isCheckbox() {
        return kind == FieldType.BOOLEAN;
    }

    public boolean isSelect() {
        return kind == FieldType.ENUM;
    }

    public boolean isInput() {
        return !isTextarea() && !isJson() && !isCheckbox() && !isSelect();
    }

    public String step() {
        return switch (kind) {
            case INTEGER, BIGINT -> "1";
            case MONEY -> "0.01";
            default -> kind.numeric() ? "any" : null;
        };
    }

    /** The create form's initial value: the plan's constant default, else undefined. */
    public String formDefaultOrUndefined() {
        return formDefault == null ? "undefined" : formDefault;
    }

    public String reader() {
        return kind.reader();
    }

    public List<Option> options() {
        return enumValues.stream().map(value -> new Option(Js.string(value), Js.string(value))).toList();
    }

    public String sample() {
        return kind.sample(enumValues.isEmpty() ? "null" : Js.string(enumValues.getFirst()));
    }

    /** Long text and JSON make poor sort keys and table columns. */
    public boolean listable() {
        return kind != FieldType.TEXT && kind != FieldType.JSON;
    }

    /** A value of a select: both parts are TypeScript string literals. */
    public record Option(String valueJs, String labelJs) {
    }
}
