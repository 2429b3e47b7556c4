package dev.truecoding.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * The field types a plan's data model may name: one vocabulary for the guided notation, the plan checks and
 * the generator, so a type always means what the generated app builds ({@code long} is a 64-bit integer,
 * {@code time} a time of day). Besides {@link #NAMES} a field may be {@code enum: a|b|c}, {@code x[]} (a list,
 * stored as JSON) or a synonym from {@link #canonical(String)}.
 */
public final class FieldTypes {

    /** The canonical names, as the notation writes them. */
    public static final List<String> NAMES = List.of("string", "text", "int", "bigint", "float", "decimal", "money",
            "boolean", "date", "time", "datetime", "uuid", "email", "url", "json");

    /** How people, models and SQL write them; each maps to a canonical name. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            entry("str", "string"), entry("varchar", "string"), entry("char", "string"),
            entry("character varying", "string"), entry("slug", "string"), entry("phone", "string"),
            entry("name", "string"), entry("citext", "string"),
            entry("longtext", "text"), entry("markdown", "text"), entry("richtext", "text"), entry("html", "text"),
            entry("textarea", "text"),
            entry("integer", "int"), entry("int4", "int"), entry("int32", "int"), entry("smallint", "int"),
            entry("serial", "int"),
            entry("long", "bigint"), entry("int8", "bigint"), entry("int64", "bigint"), entry("bigserial", "bigint"),
            entry("double", "float"), entry("real", "float"), entry("number", "float"), entry("float8", "float"),
            entry("double precision", "float"),
            entry("numeric", "decimal"),
            entry("currency", "money"), entry("price", "money"),
            entry("bool", "boolean"),
            entry("time of day", "time"), entry("timetz", "time"),
            entry("timestamp", "datetime"), entry("timestamptz", "datetime"), entry("date-time", "datetime"),
            entry("instant", "datetime"), entry("timestamp with time zone", "datetime"),
            entry("guid", "uuid"),
            entry("uri", "url"), entry("link", "url"),
            entry("jsonb", "json"), entry("object", "json"), entry("map", "json"));

    private FieldTypes() {
    }

    /** The canonical name of a type word ("Integer" → "int", "long" → "bigint"), if it is one we know. */
    public static Optional<String> canonical(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String lower = written.strip().toLowerCase(Locale.ROOT);
        return NAMES.contains(lower) ? Optional.of(lower) : Optional.ofNullable(SYNONYMS.get(lower));
    }

    /** The JSON Schema type of an API body's property for a field of this canonical type; others read as strings. */
    public static String jsonType(String canonical) {
        return switch (canonical == null ? "" : canonical) {
            case "int", "bigint" -> "integer";
            case "float", "decimal", "money" -> "number";
            case "boolean" -> "boolean";
            case "json" -> "object";
            default -> "string";
        };
    }
}
