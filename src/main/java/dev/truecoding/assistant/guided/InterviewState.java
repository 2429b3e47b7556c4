package dev.truecoding.assistant.guided;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.BusinessPlan.Competitor;
import dev.truecoding.plan.BusinessPlan.Feature;
import dev.truecoding.plan.BusinessPlan.MonetizationStrategy;
import dev.truecoding.plan.BusinessPlan.SuccessMetric;
import dev.truecoding.plan.BusinessPlan.TargetAudience;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the interview has learnt so far. It lives only while one request replays the conversation: the
 * assistant keeps no state between requests, so the same messages always rebuild the same state.
 */
final class InterviewState {

    DiscoveryStep step = DiscoveryStep.IDEA;
    final Set<DiscoveryStep> answered = EnumSet.noneOf(DiscoveryStep.class);
    /** Parts filled with a default rather than by the person: the summary says so. */
    final Set<DiscoveryStep> defaulted = EnumSet.noneOf(DiscoveryStep.class);
    /** Answers at the current step that could not be read; the second one is kept as written. */
    int misses;
    Language language = Language.ENGLISH;

    String idea;
    String name;
    String tagline;
    String problem;
    String primaryAudience;
    String secondaryAudience;
    List<String> painPoints = List.of();
    List<FeatureDraft> mustHaves = List.of();
    List<FeatureDraft> niceToHaves = List.of();
    MonetizationStrategy monetization;
    List<Competitor> competitors = List.of();
    List<SuccessMetric> successMetrics = List.of();

    /** Marks the current step answered and moves to the first question still unanswered, or to DONE. */
    void answer(DiscoveryStep answeredStep) {
        answered.add(answeredStep);
        misses = 0;
        step = DiscoveryStep.DONE;
        for (DiscoveryStep candidate : DiscoveryStep.values()) {
            if (candidate != DiscoveryStep.DONE && !answered.contains(candidate)) {
                step = candidate;
                return;
            }
        }
    }

    boolean complete() {
        return step == DiscoveryStep.DONE;
    }

    Replies replies() {
        return Replies.in(language);
    }

    String say(String key, Object... arguments) {
        return replies().text(key, arguments);
    }

    String displayName() {
        return name == null ? say("state.yourApp") : name;
    }

    List<String> nameSuggestions() {
        return NameSuggester.names(idea);
    }

    String taglineSuggestion() {
        return NameSuggester.tagline(idea, language);
    }

    /** The draft for the progress display: unanswered parts are null or empty. */
    BusinessPlan toPlan() {
        List<Feature> core = new ArrayList<>();
        int number = 1;
        for (FeatureDraft draft : mustHaves) {
            core.add(draft.withId(number++));
        }
        List<Feature> extras = new ArrayList<>();
        for (FeatureDraft draft : niceToHaves) {
            extras.add(draft.withId(number++));
        }
        TargetAudience audience = primaryAudience == null && painPoints.isEmpty()
                ? null
                : new TargetAudience(primaryAudience, secondaryAudience, List.copyOf(painPoints));
        return new BusinessPlan(name, tagline, description(), problem, audience, core, extras, monetization,
                competitors.isEmpty() ? null : List.copyOf(competitors), List.copyOf(successMetrics));
    }

    /** The description is the idea, told in full, with who it is for once that is known. */
    private String description() {
        if (idea == null) {
            return null;
        }
        String text = FreeText.sentence(idea, 600);
        if (primaryAudience != null) {
            text += " " + say("state.builtFor", lowerFirst(FreeText.withoutTrailingPunctuation(primaryAudience)));
        }
        return text;
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
