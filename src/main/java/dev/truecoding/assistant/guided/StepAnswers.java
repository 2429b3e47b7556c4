package dev.truecoding.assistant.guided;

import dev.truecoding.plan.BusinessPlan.Competitor;
import dev.truecoding.plan.BusinessPlan.MonetizationStrategy;
import dev.truecoding.plan.BusinessPlan.Priority;
import dev.truecoding.plan.BusinessPlan.SuccessMetric;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies an answer to one step of the interview. An answer that fits is stored and acknowledged; one that does
 * not changes nothing and gets the step's help, so a bad message can never corrupt the draft.
 */
final class StepAnswers {

    /** @param accepted whether the state changed; {@code text} is an acknowledgement or, if not, the help */
    record Result(boolean accepted, String text) {
        static Result accepted(String text) {
            return new Result(true, text);
        }

        static Result rejected(String text) {
            return new Result(false, text);
        }
    }

    private static final int MAX_IDEA = 600;
    private static final int MAX_NAME = 60;
    private static final int MAX_NAME_WORDS = 8;
    private static final int MAX_TAGLINE = 120;
    private static final int MAX_PROBLEM = 600;
    private static final int MAX_AUDIENCE = 200;
    private static final int MAX_PAIN_POINTS = 8;

    private static final Pattern CHOICE = Pattern.compile(
            "^(?:(?:i'?ll |let'?s )?(?:use|pick|take|choose|go with|i like|i'?ll take)\\s+)?(?:the\\s+)?(?:option\\s+|number\\s+|no\\.?\\s*|#)?"
                    + "(1|2|3|first|second|third|last|1st|2nd|3rd)(?:\\s+(?:one|option|name|suggestion))?(?:\\s+please)?$");
    private static final Pattern NAME_PREFIX = Pattern.compile(
            "^(?:(?:i'?d like to |let'?s |i'?ll |we'?ll )?(?:call it|name it|go with)|the name is|name is|name:|it'?s called"
                    + "|how about|maybe|use)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_AND_TAGLINE = Pattern.compile("^(.{1,80}?)\\s+[—–-]\\s+(.+)$");
    private static final Pattern GREETING = Pattern.compile(
            "^(?:hi|hello|hey|hiya|yo|ola|olá|oi|good (?:morning|afternoon|evening)|start|let'?s start|let'?s go|begin"
                    + "|hi there|hello there|hey there)$");
    private static final Pattern AUDIENCE_PREFIX = Pattern.compile(
            "^(?:it'?s |mainly |mostly |primarily )?(?:for|aimed at|targeting|targeted at)\\s+|^(?:my|our|the) "
                    + "(?:main |primary |secondary )?(?:audience|users?) (?:is|are)\\s+", Pattern.CASE_INSENSITIVE);

    private StepAnswers() {
    }

    static Result apply(DiscoveryStep step, String text, InterviewState state) {
        if (step != DiscoveryStep.DONE && FreeText.isHelp(text) && !FreeText.isSkip(text)) {
            return Result.rejected(DiscoveryQuestions.help(step, state));
        }
        return switch (step) {
            case IDEA -> idea(text, state);
            case NAME -> name(text, state);
            case TAGLINE -> tagline(text, state);
            case PROBLEM -> requiredText(text, state, step, MAX_PROBLEM, value -> state.problem = value, "Got it.");
            case PRIMARY_AUDIENCE -> requiredText(audience(text), state, step, MAX_AUDIENCE,
                    value -> state.primaryAudience = FreeText.withoutTrailingPunctuation(value), "Great audience.");
            case SECONDARY_AUDIENCE -> secondaryAudience(text, state);
            case PAIN_POINTS -> painPoints(text, state);
            case MUST_HAVES -> mustHaves(text, state);
            case NICE_TO_HAVES -> niceToHaves(text, state);
            case MONETIZATION -> monetization(text, state);
            case COMPETITORS -> competitors(text, state);
            case SUCCESS_METRICS -> successMetrics(text, state);
            case DONE -> Result.rejected(DiscoveryQuestions.help(step, state));
        };
    }

    private static Result idea(String text, InterviewState state) {
        String normalized = FreeText.normalized(text);
        if (GREETING.matcher(normalized).matches()) {
            return Result.rejected(DiscoveryQuestions.welcome());
        }
        if (FreeText.isSkip(text) || FreeText.looksMeaningless(text)) {
            return Result.rejected(DiscoveryQuestions.help(DiscoveryStep.IDEA, state));
        }
        state.idea = FreeText.cap(text, MAX_IDEA);
        return Result.accepted("Love it — let's shape that into a plan.");
    }

    private static Result name(String text, InterviewState state) {
        List<String> suggestions = state.nameSuggestions();
        String normalized = FreeText.normalized(text);
        Matcher choice = CHOICE.matcher(normalized);
        String chosen = null;
        if (FreeText.isSkip(text) || FreeText.isAgreement(text)) {
            chosen = suggestions.getFirst();
        } else if (choice.matches()) {
            chosen = suggestions.get(Math.min(ordinal(choice.group(1), suggestions.size()), suggestions.size() - 1));
        }
        if (chosen != null) {
            state.name = chosen;
            return Result.accepted("**" + chosen + "** it is.");
        }
        String typed = FreeText.oneLine(NAME_PREFIX.matcher(FreeText.oneLine(text)).replaceFirst(""));
        Matcher withTagline = NAME_AND_TAGLINE.matcher(typed);
        String tagline = null;
        if (withTagline.matches()) {
            typed = withTagline.group(1);
            tagline = withTagline.group(2);
        }
        Optional<String> name = cleanName(typed);
        if (name.isEmpty()) {
            return Result.rejected(DiscoveryQuestions.help(DiscoveryStep.NAME, state));
        }
        state.name = name.get();
        if (tagline != null && !FreeText.looksMeaningless(tagline)) {
            state.tagline = FreeText.sentence(tagline, MAX_TAGLINE);
            state.answered.add(DiscoveryStep.TAGLINE);
        }
        return Result.accepted("**" + state.name + "** — nice name.");
    }

    /** A usable name: one line, a few words, no surrounding quotes or punctuation. */
    static Optional<String> cleanName(String typed) {
        String name = FreeText.unquoted(FreeText.withoutTrailingPunctuation(FreeText.oneLine(typed)));
        if (FreeText.looksMeaningless(name) || FreeText.wordCount(name) > MAX_NAME_WORDS) {
            return Optional.empty();
        }
        return Optional.of(FreeText.capitalize(FreeText.cap(name, MAX_NAME)));
    }

    private static int ordinal(String word, int count) {
        return switch (word) {
            case "2", "second", "2nd" -> 1;
            case "3", "third", "3rd" -> 2;
            case "last" -> count - 1;
            default -> 0;
        };
    }

    private static Result tagline(String text, InterviewState state) {
        if (FreeText.isSkip(text) || FreeText.isAgreement(text)) {
            state.tagline = state.taglineSuggestion();
        } else if (FreeText.looksMeaningless(text)) {
            return Result.rejected(DiscoveryQuestions.help(DiscoveryStep.TAGLINE, state));
        } else {
            state.tagline = FreeText.sentence(FreeText.unquoted(text), MAX_TAGLINE);
        }
        return Result.accepted("Tagline set: *" + state.tagline + "*");
    }

    private static Result requiredText(String text, InterviewState state, DiscoveryStep step, int max,
                                       java.util.function.Consumer<String> store, String acknowledgement) {
        if (FreeText.isSkip(text) || FreeText.looksMeaningless(text)) {
            return Result.rejected("This one matters for the plan, so I can't skip it. "
                    + DiscoveryQuestions.help(step, state));
        }
        store.accept(FreeText.sentence(text, max));
        return Result.accepted(acknowledgement);
    }

    private static String audience(String text) {
        return AUDIENCE_PREFIX.matcher(FreeText.oneLine(text)).replaceFirst("");
    }

    private static Result secondaryAudience(String text, InterviewState state) {
        if (FreeText.isSkip(text)) {
            state.secondaryAudience = null;
            return Result.accepted("No secondary audience — fine.");
        }
        if (FreeText.looksMeaningless(text)) {
            return Result.rejected(DiscoveryQuestions.help(DiscoveryStep.SECONDARY_AUDIENCE, state));
        }
        state.secondaryAudience = FreeText.withoutTrailingPunctuation(FreeText.sentence(audience(text), MAX_AUDIENCE));
        return Result.accepted("Noted.");
    }

    private static Result painPoints(String text, InterviewState state) {
        if (FreeText.isSkip(text) && state.problem != null) {
            state.painPoints = List.of(state.problem);
            return Result.accepted("I'll use the problem itself as the main pain point.");
        }
        List<String> items = ListParser.items(text, MAX_PAIN_POINTS, MAX_AUDIENCE).stream()
                .filter(item -> !carriesNothing(item))
                .map(item -> FreeText.sentence(item, MAX_AUDIENCE))
                .toList();
        if (items.isEmpty()) {
            return Result.rejected(DiscoveryQuestions.help(DiscoveryStep.PAIN_POINTS, state));
        }
        state.painPoints = items;
        return Result.accepted(items.size() == 1 ? "Got that pain point." : "Got " + items.size() + " pain points.");
    }

    private static Result mustHaves(String text, InterviewState state) {
        List<FeatureDraft> features = meaningful(FeatureParser.parse(text, Priority.MUST_HAVE));
        if (features.isEmpty()) {
            return Result.rejected("The first version needs at least one feature. "
                    + DiscoveryQuestions.help(DiscoveryStep.MUST_HAVES, state));
        }
        state.mustHaves = features;
        return Result.accepted(featureAcknowledgement(features));
    }

    private static Result niceToHaves(String text, InterviewState state) {
        if (FreeText.isSkip(text)) {
            state.niceToHaves = List.of();
            return Result.accepted("Keeping the first version lean.");
        }
        List<FeatureDraft> features = meaningful(FeatureParser.parse(text, Priority.NICE_TO_HAVE));
        if (features.isEmpty()) {
            return Result.rejected(DiscoveryQuestions.help(DiscoveryStep.NICE_TO_HAVES, state));
        }
        state.niceToHaves = features;
        return Result.accepted(featureAcknowledgement(features));
    }

    private static List<FeatureDraft> meaningful(List<FeatureDraft> features) {
        return features.stream().filter(feature -> !carriesNothing(feature.name())).toList();
    }

    /** A list item that names nothing: a keyboard mash, or a "yes" / "ok" said to a question that asks for a list. */
    private static boolean carriesNothing(String item) {
        return FreeText.looksMeaningless(item) || FreeText.isAgreement(item);
    }

    private static String featureAcknowledgement(List<FeatureDraft> features) {
        StringBuilder out = new StringBuilder("Added:\n");
        for (FeatureDraft feature : features) {
            out.append("- **").append(feature.name()).append("** (")
                    .append(feature.complexity().name().toLowerCase(Locale.ROOT)).append(" complexity)\n");
        }
        return out.toString().strip();
    }

    private static Result monetization(String text, InterviewState state) {
        if (FreeText.isSkip(text)) {
            state.monetization = null;
            return Result.accepted("We'll leave monetization open for now.");
        }
        Optional<MonetizationStrategy> strategy = MonetizationParser.parse(text);
        if (strategy.isEmpty()) {
            return Result.rejected("I couldn't tell which model that is. "
                    + DiscoveryQuestions.help(DiscoveryStep.MONETIZATION, state));
        }
        state.monetization = strategy.get();
        return Result.accepted("Monetization: **" + MonetizationParser.label(strategy.get().model()) + "**"
                + (strategy.get().pricing() == null ? "." : " at " + strategy.get().pricing() + "."));
    }

    private static Result competitors(String text, InterviewState state) {
        if (FreeText.isSkip(text)) {
            state.competitors = List.of();
            return Result.accepted("No competitors listed.");
        }
        String focus = state.tagline != null ? state.tagline : "what our audience needs most";
        List<Competitor> competitors = CompetitorParser.parse(text, focus).stream()
                .filter(competitor -> !carriesNothing(competitor.name()))
                .toList();
        if (competitors.isEmpty()) {
            return Result.rejected(DiscoveryQuestions.help(DiscoveryStep.COMPETITORS, state));
        }
        state.competitors = competitors;
        return Result.accepted("Noted " + competitors.size() + (competitors.size() == 1 ? " competitor." : " competitors."));
    }

    private static Result successMetrics(String text, InterviewState state) {
        if (FreeText.isSkip(text)) {
            state.successMetrics = MetricParser.defaults(state.mustHaves.isEmpty() ? null : state.mustHaves.getFirst().name());
            return Result.accepted("I'll use a sensible starting set of metrics.");
        }
        List<SuccessMetric> metrics = MetricParser.parse(text).stream()
                .filter(metric -> !carriesNothing(metric.name()))
                .toList();
        if (metrics.isEmpty()) {
            return Result.rejected(DiscoveryQuestions.help(DiscoveryStep.SUCCESS_METRICS, state));
        }
        state.successMetrics = metrics;
        return Result.accepted("Metrics set.");
    }
}
