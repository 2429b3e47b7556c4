package dev.truecoding.assistant.guided;

import dev.truecoding.plan.BusinessPlan.MonetizationModel;
import dev.truecoding.plan.BusinessPlan.MonetizationStrategy;
import dev.truecoding.plan.BusinessPlan.Priority;
import dev.truecoding.plan.BusinessPlan.SuccessMetric;

import java.util.ArrayList;
import java.util.List;

/**
 * What a part of the plan says when the person did not say it: used when they say "done" early, when an
 * answer could not be read twice, and for the parts a one-message idea left out. Every default is marked in
 * {@link InterviewState#defaulted}, so the summary can say which parts to look at.
 */
final class Defaults {

    private Defaults() {
    }

    /**
     * A problem drafted from what the idea is about (its features, else its main noun phrase) and who it is for —
     * not the idea repeated back, which says what the app does rather than what goes wrong without it.
     */
    static String problem(InterviewState state) {
        List<String> things = state.mustHaves.stream().limit(3).map(f -> lowerFirst(f.name())).toList();
        String what = things.isEmpty() ? lowerFirst(FeatureNamer.nameOfIdea(state.idea == null ? state.displayName() : state.idea))
                : things.size() == 1 ? things.getFirst()
                : String.join(", ", things.subList(0, things.size() - 1)) + " " + state.say("default.and") + " " + things.getLast();
        String audience = state.primaryAudience != null ? lowerFirst(FreeText.withoutTrailingPunctuation(FreeText.cap(state.primaryAudience, 60)))
                : audienceOf(state.idea);
        return audience == null ? state.say("default.problem", what) : state.say("default.problemFor", audience, what);
    }

    private static final java.util.regex.Pattern FOR = java.util.regex.Pattern.compile(
            "\\b(?:for|para|pra)\\s+([\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,4}?)(?=\\s+(?:to|who|that|so|which|where|with|and|que|onde|com|e"
            // a personal infinitive ("para academias controlarem…") starts what they do, whatever the verb
            + "|\\p{L}+[aei]rem)\\b|[,.;:!?]|$)", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** "An app for book clubs to …" → "book clubs"; "para o meu restaurante" names the business, not who it is for. */
    private static String audienceOf(String idea) {
        if (idea == null) {
            return null;
        }
        java.util.regex.Matcher m = FOR.matcher(FreeText.oneLine(idea));
        if (!m.find()) {
            return null;
        }
        String who = m.group(1).strip();
        if (who.matches("(?i)(?:my|our|me|us|the|meu|minha|meus|minhas|o|a|os|as|o meu|a minha|nosso|nossa)\\b.*")
                || FreeText.wordCount(who) > 4) {
            return null;
        }
        return who.toLowerCase(java.util.Locale.ROOT);
    }

    /** Who the idea says it is for ("an app for dog groomers"), else people who need the app. */
    static String audience(InterviewState state) {
        String named = audienceOf(state.idea);
        return named != null ? FreeText.capitalize(named) : state.say("default.audience", state.displayName());
    }

    static List<FeatureDraft> features(InterviewState state) {
        String idea = state.idea == null ? state.displayName() : state.idea;
        return List.of(new FeatureDraft(FreeText.capitalize(FreeText.cap(FeatureNamer.nameOfIdea(idea), 60)),
                FreeText.sentence(idea, 240), Priority.MUST_HAVE, FeatureParser.guessComplexity(idea)));
    }

    static List<SuccessMetric> metrics(InterviewState state) {
        return MetricParser.defaults(state.mustHaves.isEmpty() ? null : state.mustHaves.getFirst().name(), state.language);
    }

    static String differentiator(InterviewState state) {
        return state.tagline != null ? state.say("default.differentiator", FreeText.withoutTrailingPunctuation(lowerFirst(state.tagline)))
                : state.say("default.differentiatorGeneric");
    }

    /**
     * Fills every part still unanswered; returns the parts it filled, in interview order. Required parts get a
     * default drawn from the idea, optional ones are left empty (competitors, nice-to-haves) or get a starting set.
     */
    static List<DiscoveryStep> fillRemaining(InterviewState state) {
        List<DiscoveryStep> filled = new ArrayList<>();
        for (DiscoveryStep step : DiscoveryStep.values()) {
            if (step == DiscoveryStep.DONE || state.answered.contains(step)) {
                continue;
            }
            switch (step) {
                case IDEA -> state.idea = state.say("default.idea");
                case NAME -> state.name = state.nameSuggestions().getFirst();
                case TAGLINE -> state.tagline = state.taglineSuggestion();
                case PROBLEM -> state.problem = problem(state);
                case PRIMARY_AUDIENCE -> state.primaryAudience = audience(state);
                case SECONDARY_AUDIENCE -> state.secondaryAudience = null;
                case PAIN_POINTS -> state.painPoints = List.of(state.problem);
                case MUST_HAVES -> {
                    if (state.mustHaves.isEmpty()) {
                        state.mustHaves = features(state);
                    }
                }
                case NICE_TO_HAVES -> { }
                case MONETIZATION -> state.monetization = new MonetizationStrategy(MonetizationModel.FREE,
                        state.say("monetization.undecided"), null);
                case COMPETITORS -> state.competitors = List.of();
                case SUCCESS_METRICS -> state.successMetrics = metrics(state);
                case DONE -> { }
            }
            state.answered.add(step);
            state.defaulted.add(step);
            filled.add(step);
        }
        state.step = DiscoveryStep.DONE;
        return filled;
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
