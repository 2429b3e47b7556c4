package dev.truecoding.conversation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A project's first name, made from the idea it started with: "A recipe box where families share recipes" →
 * "Recipe box". The business plan names the app properly later; this only has to read well on the dashboard.
 */
final class IdeaName {

    static final int MAX_LENGTH = 60;
    private static final String FALLBACK = "New project";

    /** "I want to build …", "Build me …", "An app for …": words that introduce an idea rather than name it. */
    private static final Pattern PREAMBLE = Pattern.compile(
            "^(?:(?:i|we)(?: would|'d)? (?:want|like|need) (?:to )?(?:build|make|create|have)|(?:please )?(?:build|make|create)(?: me| us)?"
                    + "|(?:my|our) idea is|idea:)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern KIND = Pattern.compile(
            "^(?:an? |the )?(?:simple |small |little |web |mobile )?(?:app|application|website|site|tool|platform|service)\\s+(?:for|that|which|where|to)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Where a description goes on after its subject: "A recipe box | where families …". */
    private static final Pattern CLAUSE = Pattern.compile(
            "\\s+(?:where|that|which|who|so|to|for|with|because|in order|,|;|:|—|-)\\s+|[,;:—]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE = Pattern.compile("^(?:an?|the)\\s+", Pattern.CASE_INSENSITIVE);

    private IdeaName() {
    }

    static String of(String idea) {
        String text = firstSentence(idea == null ? "" : idea.strip());
        text = PREAMBLE.matcher(text).replaceFirst("");
        text = KIND.matcher(text).replaceFirst("");
        var clause = CLAUSE.matcher(text);
        if (clause.find() && clause.start() >= 3) {
            text = text.substring(0, clause.start());
        }
        text = ARTICLE.matcher(text.strip()).replaceFirst("").replaceAll("\\s+", " ").strip();
        text = text.replaceAll("[.!?…]+$", "");
        if (text.length() > MAX_LENGTH) {
            int space = text.lastIndexOf(' ', MAX_LENGTH);
            int cut = space > MAX_LENGTH / 2 ? space : MAX_LENGTH;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            text = text.substring(0, cut).strip();
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return FALLBACK;
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String firstSentence(String text) {
        int end = text.length();
        for (String stop : new String[]{"\n", ". ", "! ", "? "}) {
            int at = text.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return text.substring(0, end);
    }
}
