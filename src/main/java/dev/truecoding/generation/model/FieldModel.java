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

    public String zod() {
        String base = kind.zod(Js.array(enumValues));
        if (kind == FieldType.STRING || kind == FieldType.TEXT) {
            base += required ? ".min(1)" : "";
            base += kind == FieldType.STRING ? ".max(255)" : "";
        }
        return base;
    }

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
