package dev.truecoding.generation.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A plan's default ("0", "true", "now()", "'draft'") as a SQL literal for the migration and, when it is a
 * constant, a TypeScript literal that pre-fills the create form. Defaults that do not fit the type are dropped
 * (and reported) rather than written into SQL that would fail.
 */
public record DefaultValue(String sql, String ts) {

    public static Optional<DefaultValue> parse(FieldType type, List<String> enumValues, String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String raw = written.strip();
        String text = raw.length() >= 2 && "\"'`".indexOf(raw.charAt(0)) >= 0 && raw.charAt(raw.length() - 1) == raw.charAt(0)
                ? raw.substring(1, raw.length() - 1) : raw;
        String lower = text.toLowerCase(Locale.ROOT);
        try {
            return switch (type) {
                case INTEGER, BIGINT -> Optional.of(number(new BigDecimal(text).toBigIntegerExact().toString()));
                case FLOAT, DECIMAL, MONEY -> Optional.of(number(new BigDecimal(text).toPlainString()));
                case BOOLEAN -> bool(lower);
                case DATE -> lower.matches("now(\\(\\))?|today|current_date")
                        ? Optional.of(new DefaultValue("CURRENT_DATE", null))
                        : Optional.of(constant(LocalDate.parse(text).toString()));
                case TIME -> lower.matches("now(\\(\\))?|current_time") ? Optional.of(new DefaultValue("CURRENT_TIME", null))
                        : lower.matches("\\d{2}:\\d{2}(:\\d{2})?") ? Optional.of(constant(text)) : Optional.empty();
                case DATETIME -> lower.matches("now(\\(\\))?|current_timestamp|date\\.now\\(\\)|new date\\(\\)")
                        ? Optional.of(new DefaultValue("now()", null))
                        : Optional.of(new DefaultValue(Js.sqlString(OffsetDateTime.parse(text).toString()), null));
                case UUID -> lower.matches("(gen_random_uuid|uuid|uuid_generate_v4|random|cuid)(\\(\\))?")
                        ? Optional.of(new DefaultValue("gen_random_uuid()", null))
                        : Optional.of(constant(java.util.UUID.fromString(text).toString()));
                case ENUM -> enumValues.contains(text) ? Optional.of(constant(text)) : Optional.empty();
                case JSON -> Optional.empty();
                case STRING, TEXT, EMAIL, URL -> Optional.of(constant(text));
            };
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static DefaultValue number(String literal) {
        return new DefaultValue(literal, literal);
    }

    private static DefaultValue constant(String text) {
        return new DefaultValue(Js.sqlString(text), Js.string(text));
    }

    private static Optional<DefaultValue> bool(String lower) {
        return switch (lower) {
            case "true", "1", "yes", "on" -> Optional.of(new DefaultValue("true", "true"));
            case "false", "0", "no", "off" -> Optional.of(new DefaultValue("false", "false"));
            default -> Optional.empty();
        };
    }
}
