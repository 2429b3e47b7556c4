package dev.truecoding.generation.model;

import dev.truecoding.plan.FieldTypes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a field type as people and models write it ("int", "DateTime", "enum: draft|published", "string[]"). */
public final class FieldTypeParser {

    /** A parsed type; {@code note} says what was assumed when the written type was not one we know. */
    public record ParsedType(FieldType type, List<String> enumValues, String note) {
    }

    /** The generator's type for each canonical name of the plan's vocabulary ({@link FieldTypes}). */
    private static FieldType of(String canonical) {
        return switch (canonical) {
            case "string" -> FieldType.STRING;
            case "text" -> FieldType.TEXT;
            case "int" -> FieldType.INTEGER;
            case "bigint" -> FieldType.BIGINT;
            case "float" -> FieldType.FLOAT;
            case "decimal" -> FieldType.DECIMAL;
            case "money" -> FieldType.MONEY;
            case "boolean" -> FieldType.BOOLEAN;
            case "date" -> FieldType.DATE;
            case "time" -> FieldType.TIME;
            case "datetime" -> FieldType.DATETIME;
            case "uuid" -> FieldType.UUID;
            case "email" -> FieldType.EMAIL;
            case "url" -> FieldType.URL;
            case "json" -> FieldType.JSON;
            default -> throw new IllegalArgumentException("not a canonical type: " + canonical);
        };
    }

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
        FieldType known = FieldTypes.canonical(type).map(FieldTypeParser::of).orElse(null);
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
