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

    /**
     * A header ("features:", "must have:", "nice to have:", "funcionalidades:", "mais pra frente:") says where the
     * items after it go; it is never an item itself.
     */
    private static final Pattern HEADER = Pattern.compile(
            "(?:^|\\n|(?<=[.;!]\\s))\\s*[-*•]?\\s*(features?|feature list|core features|key features|main features"
                    + "|must[- ]haves?|must have features|essentials|nice[- ]to[- ]haves?|nice to have features|later|for later"
                    + "|v2|extras?|optional|funcionalidades|recursos|essenciais|obrigatórios|obrigatório|principais"
                    + "|mais pra frente|mais para frente|depois|futuramente|no futuro|pra depois|para depois|desejáveis"
                    + "|opcionais)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);

    static List<FeatureDraft> parse(String text, Priority defaultPriority) {
        List<FeatureDraft> features = new ArrayList<>();
        for (Section section : sections(text, defaultPriority)) {
            for (String item : ListParser.items(section.text(), MAX_FEATURES, MAX_DESCRIPTION + MAX_NAME)) {
                FeatureDraft feature = parseItem(item, section.priority());
                if (feature != null && features.size() < MAX_FEATURES) {
                    features.add(feature);
                }
            }
        }
        return features;
    }

    private record Section(Priority priority, String text) {
    }

    /** The answer cut at its headers; text before the first header has the default priority. */
    private static List<Section> sections(String text, Priority defaultPriority) {
        String bounded = FreeText.bounded(text);
        List<Section> sections = new ArrayList<>();
        Matcher header = HEADER.matcher(bounded);
        int start = 0;
        Priority priority = defaultPriority;
        while (header.find()) {
            sections.add(new Section(priority, bounded.substring(start, header.start())));
            priority = headerPriority(header.group(1), defaultPriority);
            start = header.end();
        }
        sections.add(new Section(priority, bounded.substring(start)));
        sections.removeIf(section -> !FreeText.hasWords(section.text()));
        return sections;
    }

    static boolean hasHeader(String text) {
        return HEADER.matcher(FreeText.bounded(text)).find();
    }

    private static Priority headerPriority(String header, Priority defaultPriority) {
        String lower = header.toLowerCase(Locale.ROOT);
        if (lower.startsWith("must") || lower.startsWith("essen") || lower.startsWith("obrig") || lower.startsWith("core")
                || lower.startsWith("principais")) {
            return Priority.MUST_HAVE;
        }
        if (lower.matches("nice.*|later|for later|v2|extras?|optional|mais p.*|depois|futuramente|no futuro|p.*ra depois"
                + "|desejáveis|opcionais")) {
            return Priority.NICE_TO_HAVE;
        }
        return defaultPriority;
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
            name = FeatureNamer.name(text);
            description = text;
        }
        name = FreeText.capitalize(FreeText.cap(FreeText.unquoted(FreeText.withoutTrailingPunctuation(name)), MAX_NAME));
        description = FreeText.sentence(description, MAX_DESCRIPTION);
        if (complexity == null) {
            complexity = guessComplexity(name + " " + description);
        }
        return new FeatureDraft(name, description, priority, complexity);
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
