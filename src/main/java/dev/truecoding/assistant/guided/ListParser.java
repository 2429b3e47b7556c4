package dev.truecoding.assistant.guided;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a free-text answer into list items. People write lists one per line, with bullets ({@code -}, {@code *},
 * {@code •}, {@code 1.}, {@code 2)}), with semicolons, with commas, or with "and". Commas and "and" only split a
 * piece when doing so keeps items alike: "Search: find recipes, and save them" stays one item because only part of
 * it has a "name: description" shape, while "Search, favorites and sharing" becomes three.
 */
final class ListParser {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·–—+]+|\\d{1,2}[.)]|[a-zA-Z][)])\\s+");
    private static final Pattern INLINE_NUMBERS = Pattern.compile("(?<=\\S)\\s+(?=\\d{1,2}[.)]\\s+\\S)");
    private static final Pattern SEMICOLON = Pattern.compile(";");
    /** A comma, except the thousands separator in "1,000". */
    private static final Pattern COMMA = Pattern.compile("(?<!\\d),|,(?!\\d{3}(?!\\d))");
    private static final Pattern AND = Pattern.compile("\\s+(?:and|&|plus|as well as|e|além de)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?:and|or|also|plus|&|e|ou|também|tambem)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** "- clubs with members - each member has a shelf": a dash list written on one line. */
    private static final Pattern INLINE_DASHES = Pattern.compile("\\s+[-–—•]\\s+");
    /** "Name: description", "Name — description", "Name - description" (a bracketed marker does not count). */
    private static final Pattern DESCRIBED = Pattern.compile(":\\s|\\s[—–-]\\s");
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*]");

    private ListParser() {
    }

    /** Distinct (case-insensitively), trimmed, non-empty items: at most {@code maxItems}, each capped. */
    static List<String> items(String text, int maxItems, int maxItemChars) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String line : lines(text)) {
            for (String numbered : INLINE_NUMBERS.split(line)) {
                for (String piece : SEMICOLON.split(BULLET.matcher(numbered).replaceFirst(""))) {
                    for (String commaPart : splitIfAlike(piece, COMMA)) {
                        for (String item : splitIfAlike(commaPart, AND)) {
                            String clean = clean(item, maxItemChars);
                            if (!clean.isEmpty() && !FreeText.isSkip(clean) && distinct.size() < maxItems) {
                                distinct.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
                            }
                        }
                    }
                }
            }
        }
        return new ArrayList<>(distinct.values());
    }

    /** The lines of the answer, with a one-line dash or bullet list ("- a - b - c", "• a • b") split into its items. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : FreeText.bounded(text).split("\n")) {
            String stripped = line.strip();
            boolean startsAsList = stripped.startsWith("- ") || stripped.startsWith("• ") || stripped.startsWith("– ");
            List<String> parts = splitOutsideBrackets(stripped, INLINE_DASHES);
            if (startsAsList && parts.size() >= 2) {
                lines.addAll(parts);
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<String> splitIfAlike(String piece, Pattern separator) {
        List<String> parts = splitOutsideBrackets(piece, separator);
        if (parts.size() < 2) {
            return List.of(piece);
        }
        if (separator == AND && parts.size() == 2
                && (FreeText.wordCount(parts.get(0)) == 1) != (FreeText.wordCount(parts.get(1)) == 1)) {
            // "rate and review books", "entradas e saídas de estoque": two words sharing what follows;
            // "recipes with ingredients and steps", "chat entre motorista e passageiro": one thing with two parts
            return List.of(piece);
        }
        long described = 0;
        for (String part : parts) {
            if (DESCRIBED.matcher(BRACKETED.matcher(part).replaceAll("")).find()) {
                described++;
            }
        }
        return described == 0 || described == parts.size() ? parts : List.of(piece);
    }

    /** Splits at separators that are not inside brackets: "Search (fast, simple), Export" → 2 parts. */
    private static List<String> splitOutsideBrackets(String text, Pattern separator) {
        int[] depth = new int[text.length() + 1];
        int level = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                level++;
            } else if ((c == ')' || c == ']') && level > 0) {
                level--;
            }
            depth[i + 1] = level;
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        Matcher matcher = separator.matcher(text);
        while (matcher.find()) {
            if (depth[matcher.start()] == 0) {
                parts.add(text.substring(start, matcher.start()));
                start = matcher.end();
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static String clean(String item, int maxChars) {
        String s = FreeText.oneLine(item);
        s = LEADING_CONJUNCTION.matcher(s).replaceFirst("");
        s = FreeText.unquoted(FreeText.withoutTrailingPunctuation(s));
        return FreeText.hasWords(s) ? FreeText.cap(s, maxChars) : "";
    }
}
