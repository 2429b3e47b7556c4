package dev.truecoding.assistant.guided;

import dev.truecoding.plan.BusinessPlan.Complexity;
import dev.truecoding.plan.BusinessPlan.Priority;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads features from a list answer. Each item is "Name", "Name: description" or "Name — description", with an
 * optional marker in brackets anywhere: a complexity ("(high)", "[complexity: low]", "(easy)") and/or a priority
 * ("(should-have)", "(must)", "(nice)"). Without a complexity marker the complexity is guessed from the words.
 */
final class FeatureParser {

    static final int MAX_FEATURES = 12;
    private static final int MAX_NAME = 60;
    private static final int MAX_DESCRIPTION = 240;
    private static final int MAX_NAME_WORDS = 6;

    private static final Pattern MARKER = Pattern.compile("\\s*[(\\[]([^()\\[\\]]{1,60})[)\\]]");
    private static final Pattern NAME_SEPARATOR = Pattern.compile(":\\s+|\\s+[—–-]\\s+");
    private static final Pattern HIGH = Pattern.compile(
            "\\b(?:pay(?:ment)?s?|checkout|billing|stripe|subscriptions?|real[- ]?time|live|chat|messaging|video"
                    + "|stream(?:ing)?|ai|ml|machine learning|gpt|llm|recommend(?:ation)?s?|sync(?:ing|hroni[sz]ation)?"
                    + "|offline|marketplace|integrations?|voice|speech|ocr|blockchain|crypto|multi[- ]?tenant)\\b");
    private static final Pattern MEDIUM = Pattern.compile(
            "\\b(?:search|filters?|upload(?:s|ing)?|photos?|images?|files?|attachments?|notifications?|reminders?"
                    + "|e-?mails?|sms|maps?|locations?|geo\\w*|calendar|schedul\\w*|bookings?|reservations?|import"
                    + "|export|reports?|analytics|dashboards?|charts?|login|sign[- ]?(?:in|up)|accounts?|auth\\w*"
                    + "|roles?|permissions?|invite\\w*|sharing|share|comments?|reviews?|ratings?)\\b");

    private FeatureParser() {
    }

    static List<FeatureDraft> parse(String text, Priority defaultPriority) {
        List<FeatureDraft> features = new ArrayList<>();
        for (String item : ListParser.items(text, MAX_FEATURES, MAX_DESCRIPTION + MAX_NAME)) {
            FeatureDraft feature = parseItem(item, defaultPriority);
            if (feature != null) {
                features.add(feature);
            }
        }
        return features;
    }

    private static FeatureDraft parseItem(String item, Priority defaultPriority) {
        Complexity complexity = null;
        Priority priority = defaultPriority;
        StringBuilder rest = new StringBuilder();
        Matcher marker = MARKER.matcher(item);
        while (marker.find()) {
            String inside = marker.group(1).toLowerCase(Locale.ROOT);
            Complexity markedComplexity = complexityMarker(inside);
            Priority markedPriority = priorityMarker(inside);
            if (markedComplexity == null && markedPriority == null) {
                marker.appendReplacement(rest, Matcher.quoteReplacement(marker.group()));
                continue;
            }
            complexity = markedComplexity != null ? markedComplexity : complexity;
            priority = markedPriority != null ? markedPriority : priority;
            marker.appendReplacement(rest, "");
        }
        marker.appendTail(rest);
        String text = FreeText.oneLine(rest.toString());
        if (!FreeText.hasWords(text)) {
            return null;
        }
        String[] nameAndDescription = NAME_SEPARATOR.split(text, 2);
        String name;
        String description;
        if (nameAndDescription.length == 2 && FreeText.hasWords(nameAndDescription[1])) {
            name = nameAndDescription[0];
            description = nameAndDescription[1];
        } else {
            name = shortName(text);
            description = text;
        }
        name = FreeText.capitalize(FreeText.cap(FreeText.unquoted(FreeText.withoutTrailingPunctuation(name)), MAX_NAME));
        description = FreeText.sentence(description, MAX_DESCRIPTION);
        if (complexity == null) {
            complexity = guessComplexity(name + " " + description);
        }
        return new FeatureDraft(name, description, priority, complexity);
    }

    /** A long sentence without a "name: description" shape is named by its first few words. */
    private static String shortName(String text) {
        String[] words = text.split(" ");
        if (words.length <= MAX_NAME_WORDS) {
            return text;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, MAX_NAME_WORDS));
    }

    static Complexity guessComplexity(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (HIGH.matcher(lower).find()) {
            return Complexity.HIGH;
        }
        return MEDIUM.matcher(lower).find() ? Complexity.MEDIUM : Complexity.LOW;
    }

    private static Complexity complexityMarker(String inside) {
        if (inside.matches(".*\\b(?:high|hard|complex|difficult)\\b.*")) {
            return Complexity.HIGH;
        }
        if (inside.matches(".*\\b(?:medium|moderate|mid|average)\\b.*")) {
            return Complexity.MEDIUM;
        }
        return inside.matches(".*\\b(?:low|easy|simple|trivial)\\b.*") ? Complexity.LOW : null;
    }

    private static Priority priorityMarker(String inside) {
        if (inside.matches(".*\\bmust\\b.*")) {
            return Priority.MUST_HAVE;
        }
        if (inside.matches(".*\\bshould\\b.*")) {
            return Priority.SHOULD_HAVE;
        }
        return inside.matches(".*\\b(?:nice|optional|later)\\b.*") ? Priority.NICE_TO_HAVE : null;
    }
}
