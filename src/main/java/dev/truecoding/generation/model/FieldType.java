package dev.truecoding.generation.model;

/**
 * The field types the generated app implements, each with what every layer needs: its SQL type, its Drizzle
 * column builder, its zod schema, the form control that edits it and a sample value for the app's tests.
 * Plans write types in many ways; {@link FieldTypeParser} maps them onto these.
 */
public enum FieldType {
    STRING("text", "text(\"%s\")", "z.string(%2$s).trim()", "text", "readText", "\"s-\" + tag()"),
    TEXT("text", "text(\"%s\")", "z.string(%2$s)", "textarea", "readText", "\"Some text \" + tag()"),
    INTEGER("integer", "integer(\"%s\")", "z.int32(%2$s)", "number", "readNumber", "randomInt()"),
    BIGINT("bigint", "bigint(\"%s\", { mode: \"number\" })", "z.int(%2$s)", "number", "readNumber", "randomInt()"),
    FLOAT("double precision", "doublePrecision(\"%s\")", "z.number(%2$s)", "number", "readNumber", "randomInt() + 0.5"),
    DECIMAL("numeric", "numeric(\"%s\", { mode: \"number\" })", "z.number(%2$s)", "number", "readNumber", "randomInt() + 0.25"),
    MONEY("numeric(14, 2)", "numeric(\"%s\", { precision: 14, scale: 2, mode: \"number\" })",
            "z.number(%2$s).min(-999999999999.99).max(999999999999.99)", "number", "readNumber", "randomInt() + 0.99"),
    BOOLEAN("boolean", "boolean(\"%s\")", "z.boolean(%2$s)", "checkbox", "readCheckbox", "true"),
    DATE("date", "date(\"%s\")", "z.iso.date(%2$s)", "date", "readText", "randomDate()"),
    TIME("time", "time(\"%s\")", "z.iso.time(%2$s)", "time", "readText", "randomTime()"),
    DATETIME("timestamptz", "timestamp(\"%s\", { withTimezone: true })",
            "z.iso.datetime({ offset: true, ...%2$s }).transform((value) => new Date(value))", "datetime-local",
            "readDateTime", "randomDateTime()"),
    UUID("uuid", "uuid(\"%s\")", "z.uuid(%2$s)", "text", "readText", "randomUUID()"),
    EMAIL("text", "text(\"%s\")", "z.email(%2$s)", "email", "readText", "`u-${tag()}@example.com`"),
    URL("text", "text(\"%s\")", "z.url(%2$s)", "url", "readText", "`https://example.com/${tag()}`"),
    JSON("jsonb", "jsonb(\"%s\")", "z.json(%2$s)", "json", "readJsonText", "{ sample: tag() }"),
    ENUM("text", "text(\"%s\", { enum: %s })", "z.enum(%1$s, %2$s)", "select", "readText", "%s");

    private final String sqlType;
    private final String drizzle;
    private final String zod;
    private final String control;
    private final String reader;
    private final String sample;

    FieldType(String sqlType, String drizzle, String zod, String control, String reader, String sample) {
        this.sqlType = sqlType;
        this.drizzle = drizzle;
        this.zod = zod;
        this.control = control;
        this.reader = reader;
        this.sample = sample;
    }

    public String sqlType() {
        return sqlType;
    }

    /** The Drizzle column builder for a column name; for enums the second argument is the values as a TS array. */
    public String drizzle(String column, String valuesArray) {
        return drizzle.formatted(column, valuesArray);
    }

    /** The zod schema; {@code params} is the TypeScript expression of its error messages ({@code says(…)}). */
    public String zod(String valuesArray, String params) {
        return zod.formatted(valuesArray, params);
    }

    /**
     * What a value of this type is, as the TypeScript expression of the app's words ({@code src/lib/words.ts}) for
     * an error message: {@code words.expected.integer} reads "a whole number" in an English app, "um número
     * inteiro" in a Portuguese one.
     */
    public String expected(java.util.List<String> enumValues) {
        return switch (this) {
            case STRING, TEXT -> "words.expected.text";
            case INTEGER, BIGINT -> "words.expected.integer";
            case FLOAT, DECIMAL -> "words.expected.number";
            case MONEY -> "words.expected.amount";
            case BOOLEAN -> "words.expected.yesNo";
            case DATE -> "words.expected.date";
            case TIME -> "words.expected.time";
            case DATETIME -> "words.expected.datetime";
            case UUID -> "words.expected.id";
            case EMAIL -> "words.expected.email";
            case URL -> "words.expected.url";
            case JSON -> "words.expected.json";
            case ENUM -> "words.oneOf(" + Js.array(enumValues) + ")";
        };
    }

    /** The HTML control: an input type, or textarea, checkbox, select, json. */
    public String control() {
        return control;
    }

    /** The function of the app's src/lib/form.ts that reads this control from FormData. */
    public String reader() {
        return reader;
    }

    /** A TypeScript expression for a valid value, using helpers of the app's tests/support.ts. */
    public String sample(String firstValueLiteral) {
        return sample.formatted(firstValueLiteral);
    }

    /** A unique constraint on these cannot hold more than a handful of rows, so the generator does not add it. */
    public boolean uniqueMakesSense() {
        return this != BOOLEAN && this != ENUM && this != JSON;
    }

    public boolean numeric() {
        return this == INTEGER || this == BIGINT || this == FLOAT || this == DECIMAL || this == MONEY;
    }
}
