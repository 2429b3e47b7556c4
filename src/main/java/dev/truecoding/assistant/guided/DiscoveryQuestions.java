package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.ReplyChoices;

import java.util.List;

/**
 * What the interview says at each step, in the person's language: the question, the help shown when an answer
 * cannot be used, and the ways on every question offers (its choices, then skip, back and done), which the
 * chat shows as buttons and also accepts typed.
 */
final class DiscoveryQuestions {

    private DiscoveryQuestions() {
    }

    static String welcome(InterviewState state) {
        return state.say("welcome") + "\n\n" + question(DiscoveryStep.IDEA, state);
    }

    static String question(DiscoveryStep step, InterviewState state) {
        if (step == DiscoveryStep.DONE) {
            return state.say("question.DONE");
        }
        String progress = "*(" + step.number() + "/" + DiscoveryStep.questionCount() + ")* ";
        String text = switch (step) {
            case NAME -> state.say("question.NAME", numbered(state.nameSuggestions()));
            case TAGLINE -> state.say("question.TAGLINE", state.displayName(), state.taglineSuggestion());
            case PROBLEM -> state.say("question.PROBLEM", state.displayName());
            default -> state.say("question." + step.name());
        };
        return progress + text + ways(step, state);
    }

    /** The answers offered as buttons: the step's own choices, then skip (optional steps), back and done. */
    static List<String> choices(DiscoveryStep step, InterviewState state) {
        List<String> choices = new java.util.ArrayList<>();
        switch (step) {
            case NAME -> choices.addAll(state.nameSuggestions());
            case TAGLINE -> choices.add(state.say("choice.yes"));
            case MONETIZATION -> {
                for (var model : MonetizationParser.MODELS) {
                    choices.add(MonetizationParser.label(model, state.language));
                }
            }
            default -> { }
        }
        if (step.optional()) {
            choices.add(state.say("choice.skip"));
        }
        if (step != DiscoveryStep.IDEA && step != DiscoveryStep.DONE) {
            choices.add(state.say("choice.back"));
        }
        if (step != DiscoveryStep.IDEA && step != DiscoveryStep.DONE) {
            choices.add(state.say("choice.done"));
        }
        return choices;
    }

    /** The ways on, written under the question so they can be typed; the chat turns this line into buttons. */
    private static String ways(DiscoveryStep step, InterviewState state) {
        List<String> choices = choices(step, state);
        return choices.isEmpty() ? "" : "\n\n" + ReplyChoices.line(choices);
    }

    /** The help for a step: what is expected, with an example, then the question again. */
    static String help(DiscoveryStep step, InterviewState state) {
        String expected = state.say("help." + step.name());
        return step == DiscoveryStep.DONE ? expected : expected + "\n\n" + question(step, state);
    }

    /** The answer the person gave before, shown when they return to a question. */
    static String currentAnswer(DiscoveryStep step, InterviewState state) {
        String answer = switch (step) {
            case IDEA -> state.idea;
            case NAME -> state.name;
            case TAGLINE -> state.tagline;
            case PROBLEM -> state.problem;
            case PRIMARY_AUDIENCE -> state.primaryAudience;
            case SECONDARY_AUDIENCE -> state.secondaryAudience;
            case PAIN_POINTS -> String.join("; ", state.painPoints);
            case MUST_HAVES -> featureNames(state.mustHaves);
            case NICE_TO_HAVES -> featureNames(state.niceToHaves);
            case MONETIZATION -> state.monetization == null ? null
                    : MonetizationParser.label(state.monetization.model(), state.language);
            case COMPETITORS -> String.join(", ", state.competitors.stream().map(c -> c.name()).toList());
            case SUCCESS_METRICS -> String.join("; ", state.successMetrics.stream().map(m -> m.name()).toList());
            case DONE -> null;
        };
        return answer == null || answer.isBlank() ? "" : state.say("currently", FreeText.cap(answer, 200)) + "\n\n";
    }

    private static String featureNames(List<FeatureDraft> features) {
        return String.join(", ", features.stream().map(FeatureDraft::name).toList());
    }

    static String numbered(List<String> items) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            out.append(i + 1).append(". ").append(items.get(i)).append('\n');
        }
        return out.toString();
    }
}
