package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.guided.DiscoveryCommand.AddFeatures;
import dev.truecoding.assistant.guided.DiscoveryCommand.Change;
import dev.truecoding.assistant.guided.DiscoveryCommand.GoBack;
import dev.truecoding.assistant.guided.DiscoveryCommand.Help;
import dev.truecoding.assistant.guided.DiscoveryCommand.RemoveFeature;
import dev.truecoding.assistant.guided.DiscoveryCommand.Rename;
import dev.truecoding.assistant.guided.DiscoveryCommand.ShowPlan;
import dev.truecoding.assistant.guided.DiscoveryCommand.StartOver;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.BusinessPlan.Priority;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The discovery interview: replays the person's messages, oldest first, through one question at a time, and
 * answers the last one. Replaying is what makes the assistant stateless and deterministic — the same messages
 * always rebuild the same draft and the same reply.
 */
final class DiscoveryInterview {

    /** The reply to the last message, the draft after it, and whether the plan is complete. */
    record Outcome(String text, BusinessPlan plan, boolean planReady) {
    }

    private InterviewState state = new InterviewState();

    private DiscoveryInterview() {
    }

    static Outcome run(List<String> earlierMessages, String message) {
        DiscoveryInterview interview = new DiscoveryInterview();
        for (String earlier : earlierMessages) {
            interview.handle(earlier);
        }
        String text = interview.handle(message);
        return new Outcome(text, interview.state.toPlan(), interview.state.complete());
    }

    /** Applies one message to the state and returns the reply to it. */
    private String handle(String rawMessage) {
        String message = FreeText.bounded(rawMessage);
        var command = DiscoveryCommand.parse(message);
        if (command.isEmpty()) {
            return answerCurrent(message);
        }
        return switch (command.get()) {
            case Help help -> DiscoveryQuestions.help(state.step, state);
            case ShowPlan show -> state.answered.isEmpty()
                    ? "Nothing to show yet. " + DiscoveryQuestions.question(state.step, state)
                    : "Here's the plan so far:\n\n" + BusinessPlanSummary.render(state.toPlan()) + "\n\n" + nextPrompt();
            case StartOver startOver -> startOver();
            case GoBack back -> goBack();
            case Rename rename -> rename(rename.name());
            case Change change -> change(change);
            case AddFeatures add -> addFeatures(add);
            case RemoveFeature remove -> removeFeature(remove.nameOrId());
        };
    }

    private String answerCurrent(String message) {
        if (state.complete()) {
            return DiscoveryQuestions.help(DiscoveryStep.DONE, state);
        }
        DiscoveryStep step = state.step;
        StepAnswers.Result result = StepAnswers.apply(step, message, state);
        if (!result.accepted()) {
            return result.text();
        }
        state.answer(step);
        return result.text() + "\n\n" + nextPrompt();
    }

    /** The next question, or the finished plan when every question has an answer. */
    private String nextPrompt() {
        if (state.complete()) {
            return "Here's your business plan:\n\n" + BusinessPlanSummary.render(state.toPlan())
                    + "\n\nIf it looks right, approve it. Want to change something? Say, for example, *change the "
                    + "problem: …*, *add feature: …* or *call it …*.";
        }
        return DiscoveryQuestions.question(state.step, state);
    }

    private String startOver() {
        state = new InterviewState();
        return "Starting over with a clean sheet.\n\n" + DiscoveryQuestions.question(state.step, state);
    }

    private String goBack() {
        if (state.step == DiscoveryStep.IDEA) {
            return "We're at the first question already.\n\n" + DiscoveryQuestions.question(state.step, state);
        }
        state.step = state.step.previous();
        return "Sure, let's go back.\n\n" + DiscoveryQuestions.currentAnswer(state.step, state)
                + DiscoveryQuestions.question(state.step, state);
    }

    private String rename(String typed) {
        var name = StepAnswers.cleanName(typed);
        if (name.isEmpty()) {
            return DiscoveryQuestions.help(DiscoveryStep.NAME, state);
        }
        state.name = name.get();
        if (state.step == DiscoveryStep.NAME) {
            state.answer(DiscoveryStep.NAME);
        } else {
            state.answered.add(DiscoveryStep.NAME);
        }
        return "Done — it's called **" + state.name + "** now.\n\n" + nextPrompt();
    }

    /** "change the problem: …" answers that part again; "change the problem" asks its question again. */
    private String change(Change change) {
        if (change.answer().isBlank()) {
            state.step = change.step();
            return "Sure.\n\n" + DiscoveryQuestions.currentAnswer(change.step(), state)
                    + DiscoveryQuestions.question(change.step(), state);
        }
        StepAnswers.Result result = StepAnswers.apply(change.step(), change.answer(), state);
        if (!result.accepted()) {
            return result.text();
        }
        if (state.step == change.step()) {
            state.answer(change.step());
        } else {
            state.answered.add(change.step());
        }
        return "Updated " + change.step().label() + ". " + result.text() + "\n\n" + nextPrompt();
    }

    private String addFeatures(AddFeatures add) {
        Priority priority = add.niceToHave() ? Priority.NICE_TO_HAVE : Priority.MUST_HAVE;
        List<FeatureDraft> added = FeatureParser.parse(add.list(), priority).stream()
                .filter(feature -> !FreeText.looksMeaningless(feature.name()))
                .toList();
        if (added.isEmpty()) {
            return DiscoveryQuestions.help(add.niceToHave() ? DiscoveryStep.NICE_TO_HAVES : DiscoveryStep.MUST_HAVES, state);
        }
        List<FeatureDraft> target = new ArrayList<>(add.niceToHave() ? state.niceToHaves : state.mustHaves);
        for (FeatureDraft feature : added) {
            if (target.size() < FeatureParser.MAX_FEATURES) {
                target.removeIf(existing -> existing.name().equalsIgnoreCase(feature.name()));
                target.add(feature);
            }
        }
        DiscoveryStep step = add.niceToHave() ? DiscoveryStep.NICE_TO_HAVES : DiscoveryStep.MUST_HAVES;
        if (add.niceToHave()) {
            state.niceToHaves = List.copyOf(target);
        } else {
            state.mustHaves = List.copyOf(target);
        }
        if (state.step == step) {
            state.answer(step);
        }
        return "Added " + String.join(", ", added.stream().map(f -> "**" + f.name() + "**").toList()) + ".\n\n"
                + nextPrompt();
    }

    private String removeFeature(String nameOrId) {
        String key = nameOrId.toLowerCase(Locale.ROOT);
        BusinessPlan plan = state.toPlan();
        List<String> ids = new ArrayList<>();
        plan.coreFeatures().forEach(f -> ids.add(f.id()));
        plan.niceToHaveFeatures().forEach(f -> ids.add(f.id()));
        List<FeatureDraft> mustHaves = new ArrayList<>(state.mustHaves);
        List<FeatureDraft> niceToHaves = new ArrayList<>(state.niceToHaves);
        int index = ids.indexOf(key);
        FeatureDraft removed = null;
        if (index >= 0) {
            removed = index < mustHaves.size() ? mustHaves.remove(index) : niceToHaves.remove(index - mustHaves.size());
        } else {
            for (List<FeatureDraft> list : List.of(mustHaves, niceToHaves)) {
                for (FeatureDraft feature : List.copyOf(list)) {
                    if (removed == null && feature.name().equalsIgnoreCase(nameOrId)) {
                        list.remove(feature);
                        removed = feature;
                    }
                }
            }
        }
        if (removed == null) {
            return "I couldn't find a feature called *" + FreeText.cap(nameOrId, 60) + "*. The features are: "
                    + String.join(", ", plan.coreFeatures().stream().map(f -> f.id() + " " + f.name()).toList())
                    + ".\n\n" + nextPrompt();
        }
        if (mustHaves.isEmpty() && state.answered.contains(DiscoveryStep.MUST_HAVES)) {
            return "The first version needs at least one must-have feature, so I kept **" + removed.name() + "**.\n\n"
                    + nextPrompt();
        }
        state.mustHaves = List.copyOf(mustHaves);
        state.niceToHaves = List.copyOf(niceToHaves);
        return "Removed **" + removed.name() + "**.\n\n" + nextPrompt();
    }
}
