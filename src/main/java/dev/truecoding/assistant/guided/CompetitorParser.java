package dev.truecoding.assistant.guided;

import dev.truecoding.plan.BusinessPlan.Competitor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads competitors, one per item: "Name — differentiator", "Name: differentiator", "Name (url): differentiator"
 * or just "Name". A URL may stand anywhere in the item, with or without "https://".
 */
final class CompetitorParser {

    static final int MAX_COMPETITORS = 10;
    /** A web address in a competitor's line; at most six labels before the top-level domain (bounded repetition). */
    private static final Pattern URL = Pattern.compile(
            "\\(?\\s*((?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+){0,5}\\.(?:com|io|app|co|org|net|dev|ai|me|so|ly|to|us|uk|br|de|fr|xyz)(?:/[^\\s)]*)?)\\s*\\)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile(
            ":\\s*|\\s+[—–-]\\s+|\\s+because\\s+|\\s+but\\s+|\\s+porque\\s+|\\s+mas\\s+");

    private CompetitorParser() {
    }

    /** @param defaultDifferentiator what this product does instead, for a competitor named without a differentiator */
    static List<Competitor> parse(String text, String defaultDifferentiator) {
        List<Competitor> competitors = new ArrayList<>();
        for (String item : ListParser.items(text, MAX_COMPETITORS, 300)) {
            String url = null;
            String rest = item;
            Matcher link = URL.matcher(item);
            if (link.find()) {
                url = normalizedUrl(link.group(1));
                rest = (item.substring(0, link.start()) + " " + item.substring(link.end())).strip();
            }
            rest = rest.replaceAll("\\(\\s*\\)", "").strip();
            String[] parts = SEPARATOR.split(rest, 2);
            String name = FreeText.unquoted(FreeText.withoutTrailingPunctuation(parts[0]));
            if (!FreeText.hasWords(name)) {
                if (url == null) {
                    continue;
                }
                name = url.replaceFirst("^https?://(?:www\\.)?", "").replaceFirst("[./].*$", "");
            }
            String differentiator = parts.length == 2 && FreeText.hasWords(parts[1])
                    ? FreeText.sentence(parts[1], 240)
                    : FreeText.sentence(defaultDifferentiator, 240);
            competitors.add(new Competitor(brand(FreeText.cap(name, 60)), url, differentiator));
        }
        return competitors;
    }

    private static String normalizedUrl(String url) {
        String trimmed = FreeText.withoutTrailingPunctuation(url);
        return trimmed.matches("(?i)https?://.*") ? trimmed : "https://" + trimmed;
    }

    /** "kaya" → "Kaya"; a brand written with capitals of its own stays as written ("iFood", "eBay"). */
    private static String brand(String name) {
        String first = name.split("\\s+", 2)[0];
        return first.codePoints().skip(1).anyMatch(Character::isUpperCase) ? name : FreeText.capitalize(name);
    }
}
