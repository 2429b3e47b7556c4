package dev.truecoding.assistant.guided;

import dev.truecoding.plan.BusinessPlan.SuccessMetric;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads success metrics, one per item, in any of the forms people write them: "Weekly active users: 500 in
 * 6 months", "500 weekly active users within 6 months", "Retention of 40% by month 3", "MRR $1,000". Without a
 * timeframe a metric is measured over the first three months.
 */
final class MetricParser {

    static final int MAX_METRICS = 8;
    private static final Pattern TIMEFRAME = Pattern.compile(
            "\\s+(?:in|within|by|after|over|during|per|em|até|ate|dentro de|durante|após|apos|no|nos)\\s+"
                    // never across a colon: "climbs logged per week: 500" is a name and its target, not a timeframe
                    + "((?:the\\s+|os\\s+|o\\s+)?(?:first\\s+|next\\s+|primeiros?\\s+|próximos?\\s+)?[^,;:=]*?"
                    + "(?:day|week|month|quarter|year|launch|q[1-4]|20\\d\\d|\\d|dia|semana|mês|mes|ano|trimestre"
                    + "|lançamento)[^,;:=]*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile(
            "(?:[$€£]|R\\$)?\\s?\\d[\\d.,]*\\s?(?:%|k\\b|m\\b|x\\b|\\+)?(?:\\s?(?:stars?|minutes?|seconds?|users?|sign-?ups?))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(" + NUMBER.pattern() + ")\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_TARGET = Pattern.compile("^(.+?)(?:\\s*[:=]\\s*|\\s+[—–-]\\s+|\\s+of\\s+|\\s+at\\s+|\\s+)(" + NUMBER.pattern() + ".*)$",
            Pattern.CASE_INSENSITIVE);

    private MetricParser() {
    }

    static List<SuccessMetric> parse(String text) {
        return parse(text, Language.ENGLISH);
    }

    static List<SuccessMetric> parse(String text, Language language) {
        List<SuccessMetric> metrics = new ArrayList<>();
        for (String item : ListParser.items(text, MAX_METRICS, 200)) {
            metrics.add(parseItem(item, language));
        }
        return metrics;
    }

    private static SuccessMetric parseItem(String item, Language language) {
        String rest = item;
        String timeframe = Replies.in(language).text("metrics.default.timeframe");
        Matcher time = TIMEFRAME.matcher(rest);
        if (time.find() && time.start() > 0) {
            timeframe = FreeText.cap(time.group(1), 60);
            rest = rest.substring(0, time.start()).strip();
        }
        String name;
        String target;
        Matcher colon = Pattern.compile("^(.+?)\\s*[:=]\\s*(.+)$").matcher(rest);
        Matcher leading = LEADING_NUMBER.matcher(rest);
        Matcher nameTarget = NAME_TARGET.matcher(rest);
        if (colon.matches()) {
            name = colon.group(1);
            target = colon.group(2);
        } else if (leading.matches()) {
            target = leading.group(1);
            name = leading.group(2);
        } else if (nameTarget.matches()) {
            name = nameTarget.group(1);
            target = nameTarget.group(2);
        } else {
            name = rest;
            target = Replies.in(language).text("metrics.default.target");
        }
        return new SuccessMetric(
                FreeText.capitalize(FreeText.cap(FreeText.withoutTrailingPunctuation(name), 80)),
                FreeText.cap(FreeText.withoutTrailingPunctuation(target), 80),
                timeframe);
    }

    /** Offered when the person skips: three numbers any new product can measure from its first week. */
    static List<SuccessMetric> defaults(String firstFeature, Language language) {
        Replies replies = Replies.in(language);
        String coreAction = firstFeature == null ? replies.text("metrics.default.core")
                : firstFeature.toLowerCase(java.util.Locale.ROOT);
        return List.of(
                new SuccessMetric(replies.text("metrics.default.signups"), "100", replies.text("metrics.default.first3months")),
                new SuccessMetric(replies.text("metrics.default.weekly"), replies.text("metrics.default.weeklyTarget"),
                        replies.text("metrics.default.timeframe")),
                new SuccessMetric(replies.text("metrics.default.coreUse", FreeText.cap(coreAction, 60)), "50%",
                        replies.text("metrics.default.firstWeek")));
    }
}
