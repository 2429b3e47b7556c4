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

    static String problem(InterviewState state) {
        return state.say("default.problem", FreeText.withoutTrailingPunctuation(lowerFirst(state.idea == null ? "" : FreeText.cap(state.idea, 200))));
    }

    static String audience(InterviewState state) {
        return state.say("default.audience", state.displayName());
    }

    static List<FeatureDraft> features(InterviewState state) {
        String idea = state.idea == null ? state.displayName() : state.idea;
        return List.of(new FeatureDraft(FreeText.capitalize(FreeText.cap(FeatureNamer.name(idea), 60)),
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
