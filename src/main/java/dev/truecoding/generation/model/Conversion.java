package dev.truecoding.generation.model;

import java.util.Map;

/**
 * How a column's values become another SQL type when a confirmed change retypes a field: every value that reads
 * as the new type is converted, any other becomes the new default (NULL without one), so the migration itself
 * never fails on stored data. Checked by pattern rather than by a try-cast because PostgreSQL before 16 (and so
 * older servers the apps run on) has none. Only types whose every matching text casts safely are targets:
 * dates and times (a "2024-02-30" matches any pattern and fails the cast) and JSON are not converted.
 */
final class Conversion {

    private static final String NUMBER = "'^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]{1,2})?$'";

    /** Target SQL type → the condition a trimmed text value must meet, {@code %s} being that value. */
    private static final Map<String, String> GUARDS = Map.of(
            "text", "true",
            "integer", "%s ~ '^[+-]?[0-9]{1,9}$'",
            "bigint", "%s ~ '^[+-]?[0-9]{1,18}$'",
            "double precision", "%s ~ " + NUMBER,
            "numeric", "%s ~ " + NUMBER,
            "numeric(14, 2)", "%s ~ '^[+-]?([0-9]{1,12}([.][0-9]*)?|[.][0-9]+)$'",
            "boolean", "lower(%s) IN ('true', 'false', 't', 'f', 'yes', 'no', 'y', 'n', 'on', 'off', '1', '0')",
            "uuid", "%s ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'");

    private Conversion() {
    }

    static boolean supported(String targetType) {
        return GUARDS.containsKey(targetType);
    }

    /** The {@code USING} expression turning {@code column} into {@code targetType}; {@code fallback} SQL or null. */
    static String using(String column, String targetType, String fallback) {
        String quoted = "\"" + column + "\"";
        if (targetType.equals("text")) {
            return quoted + "::text";
        }
        String value = "trim(" + quoted + "::text)";
        return "CASE WHEN " + GUARDS.get(targetType).formatted(value) + " THEN " + value + "::" + targetType
                + " ELSE " + (fallback == null ? "NULL" : fallback) + " END";
    }
}
