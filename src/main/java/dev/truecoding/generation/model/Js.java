package dev.truecoding.generation.model;

import java.util.List;
import java.util.stream.Collectors;

/** Literals for generated TypeScript and SQL: every text from a plan reaches code only through these. */
public final class Js {

    private Js() {
    }

    /** A double-quoted TypeScript string literal; also safe inside JSX braces and YAML double quotes. */
    public static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c"); // never "</script>" or a JSX tag, whatever the plan says
                case '>' -> out.append("\\u003e");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    public static String array(List<String> values) {
        return values.stream().map(Js::string).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A single-quoted SQL string literal. */
    public static String sqlString(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Plain one-line text for Markdown tables, YAML comments and .env comments. */
    public static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").replace("|", "/").strip();
    }
}
