package dev.truecoding.assistant.guided;

import dev.truecoding.plan.FieldTypes;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field types of the notation: {@link FieldTypes#NAMES} plus {@code enum: a|b|c}. Synonyms are accepted and
 * written in their canonical form ("integer" → "int", "long" → "bigint", "timestamp" → "datetime",
 * "enum(a|b)" → "enum: a|b"), the same the generator reads.
 */
final class FieldType {

    /** The plan's vocabulary, shared with the plan checks and the generator: a type means what the app builds. */
    static final List<String> NAMES = FieldTypes.NAMES;
    /**
     * A value may have several words ("in progress"); a modifier keyword after the last value ends it. Repetitions
     * are bounded (8 words, 30 values): Java's regex engine recurses per repetition, and a message is 20,000 characters.
     */
    private static final String ENUM_VALUE =
            "[\\p{L}\\p{N}_-]+(?:[ \\t]+(?!(?:default|required|optional|unique)\\b)[\\p{L}\\p{N}_-]+){0,7}";
    private static final Pattern ENUM = Pattern.compile(
            "^enum\\s*(?::|\\(|\\[)?\\s*(" + ENUM_VALUE + "(?:\\s*[|/]\\s*" + ENUM_VALUE + "){0,29})\\s*[)\\]]?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("^([A-Za-z][A-Za-z-]*)");

    /** @param type canonical type; {@code rest} is what followed it (modifiers) */
    record Parsed(String type, String rest) {
    }

    private FieldType() {
    }

    /** Reads the type at the start of {@code text}; empty when it is not a known type. */
    static Optional<Parsed> parse(String text) {
        String trimmed = text.strip();
        Matcher enumeration = ENUM.matcher(trimmed);
        if (enumeration.find()) {
            Set<String> values = new LinkedHashSet<>(Arrays.asList(
                    enumeration.group(1).replaceAll("[ \\t]+", " ").split("\\s*[|/]\\s*")));
            return Optional.of(new Parsed("enum: " + String.join("|", values), trimmed.substring(enumeration.end())));
        }
        Matcher word = WORD.matcher(trimmed);
        if (!word.find()) {
            return Optional.empty();
        }
        return FieldTypes.canonical(word.group(1)).map(canonical -> new Parsed(canonical, trimmed.substring(word.end())));
    }

    static boolean isEnum(String type) {
        return type != null && type.startsWith("enum");
    }

    static List<String> enumValues(String type) {
        Matcher enumeration = ENUM.matcher(type == null ? "" : type.strip());
        return enumeration.find() ? List.of(enumeration.group(1).split("\\s*[|/]\\s*")) : List.of();
    }

    /** The JSON Schema type an API body uses for a field of this type; unknown types read as strings. */
    static String jsonType(String type) {
        return FieldTypes.jsonType(type == null ? "" : type.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code value} can be the default of a field of {@code type}; null when it can, else why not. */
    static String defaultProblem(String type, String value) {
        if (isEnum(type)) {
            List<String> values = enumValues(type);
            return values.contains(value) ? null : "the default must be one of " + String.join(", ", values);
        }
        return switch (type) {
            case "int", "bigint" -> value.matches("-?\\d{1,18}") ? null : "the default of an int must be a whole number";
            case "time" -> value.matches("\\d{2}:\\d{2}(:\\d{2})?") ? null : "the default of a time must be HH:MM";
            case "float", "decimal", "money" -> value.matches("-?\\d{1,15}(?:\\.\\d+)?") ? null : "the default must be a number";
            case "boolean" -> value.matches("true|false") ? null : "the default of a boolean must be true or false";
            default -> null;
        };
    }
}
