package dev.truecoding.generation.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/** Reads a field type as people and models write it ("int", "DateTime", "enum: draft|published", "string[]"). */
public final class FieldTypeParser {

    /** A parsed type; {@code note} says what was assumed when the written type was not one we know. */
    public record ParsedType(FieldType type, List<String> enumValues, String note) {
    }

    private static final Map<String, FieldType> NAMES = Map.ofEntries(
            entry("string", FieldType.STRING), entry("str", FieldType.STRING), entry("varchar", FieldType.STRING),
            entry("char", FieldType.STRING), entry("character varying", FieldType.STRING), entry("slug", FieldType.STRING),
            entry("phone", FieldType.STRING), entry("name", FieldType.STRING), entry("citext", FieldType.STRING),
            entry("text", FieldType.TEXT), entry("longtext", FieldType.TEXT), entry("markdown", FieldType.TEXT),
            entry("richtext", FieldType.TEXT), entry("html", FieldType.TEXT), entry("textarea", FieldType.TEXT),
            entry("int", FieldType.INTEGER), entry("integer", FieldType.INTEGER), entry("int4", FieldType.INTEGER),
            entry("int32", FieldType.INTEGER), entry("smallint", FieldType.INTEGER), entry("serial", FieldType.INTEGER),
            entry("bigint", FieldType.BIGINT), entry("long", FieldType.BIGINT), entry("int8", FieldType.BIGINT),
            entry("int64", FieldType.BIGINT), entry("bigserial", FieldType.BIGINT),
            entry("float", FieldType.FLOAT), entry("double", FieldType.FLOAT), entry("real", FieldType.FLOAT),
            entry("number", FieldType.FLOAT), entry("float8", FieldType.FLOAT), entry("double precision", FieldType.FLOAT),
            entry("decimal", FieldType.DECIMAL), entry("numeric", FieldType.DECIMAL),
            entry("money", FieldType.MONEY), entry("currency", FieldType.MONEY), entry("price", FieldType.MONEY),
            entry("boolean", FieldType.BOOLEAN), entry("bool", FieldType.BOOLEAN),
            entry("date", FieldType.DATE),
            entry("datetime", FieldType.DATETIME), entry("timestamp", FieldType.DATETIME),
            entry("timestamptz", FieldType.DATETIME), entry("date-time", FieldType.DATETIME),
            entry("instant", FieldType.DATETIME), entry("timestamp with time zone", FieldType.DATETIME),
            entry("uuid", FieldType.UUID), entry("guid", FieldType.UUID),
            entry("email", FieldType.EMAIL), entry("url", FieldType.URL), entry("uri", FieldType.URL),
            entry("link", FieldType.URL),
            entry("json", FieldType.JSON), entry("jsonb", FieldType.JSON), entry("object", FieldType.JSON),
            entry("map", FieldType.JSON));

    private static final Pattern ENUM = Pattern.compile("(?is)^\\s*enum\\s*[:(\\[<{]?\\s*(.*?)\\s*[)\\]>}]?\\s*$");
    private static final Pattern SIZED = Pattern.compile("^([a-z ]+?)\\s*\\(\\s*\\d+(\\s*,\\s*\\d+)?\\s*\\)$");

    private FieldTypeParser() {
    }

    public static ParsedType parse(String written) {
        String raw = written == null ? "" : written.strip();
        String type = raw.toLowerCase(Locale.ROOT).replaceAll("[?!]$", "").strip();
        Matcher sized = SIZED.matcher(type);
        if (sized.matches()) {
            type = sized.group(1).strip();
        }
        FieldType known = NAMES.get(type);
        if (known != null) {
            return new ParsedType(known, List.of(), null);
        }
        Matcher enumMatcher = ENUM.matcher(raw);
        if (enumMatcher.matches()) {
            return enumOf(enumMatcher.group(1), raw);
        }
        if (raw.contains("|")) {
            return enumOf(raw, raw);
        }
        if (type.endsWith("[]") || type.startsWith("array") || type.startsWith("list")) {
            return new ParsedType(FieldType.JSON, List.of(), "type \"" + raw + "\" is stored as JSON");
        }
        return new ParsedType(FieldType.TEXT, List.of(),
                raw.isEmpty() ? "no type given, stored as text" : "unknown type \"" + raw + "\" stored as text");
    }

    private static ParsedType enumOf(String list, String raw) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (String value : list.split("[|,/]")) {
            String clean = value.strip().replaceAll("^[\"'`]+|[\"'`]+$", "").strip();
            if (!clean.isEmpty()) {
                values.add(clean);
            }
        }
        if (values.isEmpty()) {
            return new ParsedType(FieldType.TEXT, List.of(), "enum \"" + raw + "\" has no values, stored as text");
        }
        return new ParsedType(FieldType.ENUM, new ArrayList<>(values), null);
    }
}
