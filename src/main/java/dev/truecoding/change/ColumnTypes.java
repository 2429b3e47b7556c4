package dev.truecoding.change;

import dev.truecoding.system.Phrase;
import dev.truecoding.generation.PlanTables.Column;

import java.util.Map;
import java.util.Set;

/**
 * Whether a column's new type can hold every value of its old type. Text holds anything; numbers widen
 * (integer → bigint → numeric); a date fits a timestamp. Everything else narrows: some stored values may not fit.
 * An enum is text with a list of values: it narrows when values go, or when free text becomes an enum.
 */
final class ColumnTypes {

    private static final Map<String, Set<String>> WIDER = Map.of(
            "integer", Set.of("bigint", "numeric", "double precision"),
            "bigint", Set.of("numeric"),
            "numeric(14, 2)", Set.of("numeric"),
            "date", Set.of("timestamptz"));

    private ColumnTypes() {
    }

    static boolean narrows(Column before, Column after) {
        boolean wasEnum = !before.enumValues().isEmpty();
        boolean isEnum = !after.enumValues().isEmpty();
        if (isEnum) {
            return !wasEnum || !after.enumValues().containsAll(before.enumValues()) || !after.sqlType().equals(before.sqlType());
        }
        if (after.sqlType().equals(before.sqlType()) || after.sqlType().equals("text")) {
            return false;
        }
        return !WIDER.getOrDefault(before.sqlType(), Set.of()).contains(after.sqlType());
    }

    /** The column's SQL type as it is, or its enum's values in words ("one of draft|published"). */
    static Object describe(Column column) {
        return column.enumValues().isEmpty() ? column.sqlType()
                : Phrase.of("change.effect.oneOf", String.join("|", column.enumValues()));
    }
}
