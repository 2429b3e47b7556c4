package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.guided.DiscoveryCommand.AddFeatures;
import dev.truecoding.assistant.guided.DiscoveryCommand.Change;
import dev.truecoding.assistant.guided.DiscoveryCommand.Finish;
import dev.truecoding.assistant.guided.DiscoveryCommand.GoBack;
import dev.truecoding.assistant.guided.DiscoveryCommand.Help;
import dev.truecoding.assistant.guided.DiscoveryCommand.MoveFeature;
import dev.truecoding.assistant.guided.DiscoveryCommand.RemoveFeature;
import dev.truecoding.assistant.guided.DiscoveryCommand.Rename;
import dev.truecoding.assistant.guided.DiscoveryCommand.SetAudiences;
import dev.truecoding.assistant.guided.DiscoveryCommand.ShowPlan;
import dev.truecoding.assistant.guided.DiscoveryCommand.StartOver;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.BusinessPlan.Competitor;
import dev.truecoding.plan.BusinessPlan.Priority;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The discovery interview: replays the person's messages, oldest first, through one question at a time, and
 * answers the last one, in the language the person writes. Replaying is what makes the assistant stateless and
 * deterministic — the same messages always rebuild the same draft and the same reply.
 */
final class DiscoveryInterview {

    /** The reply to the last message, the draft after it, and whether the plan is complete. */
    record Outcome(String text, BusinessPlan plan, boolean planReady) {
    }

    /** "in English, please", "fala português": the person picks the language; it holds until they pick again. */
    private static final Pattern ENGLISH_PLEASE = Pattern.compile(
            "^(?:(?:can you |could you |please )?(?:speak|write|answer|reply|talk) (?:in )?english(?: please)?|in english(?: please)?"
                    + "|english(?: please)?|em inglês(?: por favor)?|fala inglês)$");
    private static final Pattern PORTUGUESE_PLEASE = Pattern.compile(
            "^(?:(?:pode |por favor )?(?:fal[ae]|escrev[ae]|respond[ae]) (?:em )?português(?: por favor)?|em português(?: por favor)?"
                    + "|português(?: por favor)?|portuguese(?: please)?|in portuguese(?: please)?|speak portuguese)$");
    /** Said to any question but the name and tagline (where it picks the suggestion), these end the interview. */
    private static final Pattern LOOKS_GOOD = Pattern.compile(
            "^(?:perfeito|perfect|looks good|sounds good|all good|tá ótimo|ta otimo|está ótimo|tudo certo)$");

    /** "also …", "e também …": more items for the list answered just before, whatever is being asked now. */
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(?:also|and also|oh,? and|plus|\\+|one more:?|e também|também|tambem|ah,? e|e mais|mais uma?:?)[,:]?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Set<DiscoveryStep> LISTS = EnumSet.of(DiscoveryStep.PAIN_POINTS,
            DiscoveryStep.MUST_HAVES, DiscoveryStep.NICE_TO_HAVES, DiscoveryStep.COMPETITORS);

    /** An idea with this many labelled parts was written all at once: the optional parts it left out get defaults. */
    private static final int WHOLE_IDEA_PARTS = 3;

    private InterviewState state = new InterviewState();
    /** The list question answered last: a list spread over several messages is gathered there. */
    private DiscoveryStep lastList;
    private final List<String> seen = new ArrayList<>();
    private Language chosen;

    /** The browser's language: used until the messages tell which one the person writes. */
    private final Language browser;

    private DiscoveryInterview(Language browser) {
        this.browser = browser;
    }

    static Outcome run(List<String> earlierMessages, String message) {
        return run(earlierMessages, message, Language.ENGLISH);
    }

    static Outcome run(List<String> earlierMessages, String message, Language browser) {
        DiscoveryInterview interview = new DiscoveryInterview(browser);
        for (String earlier : earlierMessages) {
            interview.handle(earlier);
        }
        String text = interview.handle(message);
        return new Outcome(text, interview.state.toPlan(), interview.state.complete());
    }

    /** Applies one message to the state and returns the reply to it. */
    private String handle(String rawMessage) {
        String message = FreeText.bounded(rawMessage);
        String normalized = FreeText.normalized(message).replace(",", "");
        if (ENGLISH_PLEASE.matcher(normalized).matches() || PORTUGUESE_PLEASE.matcher(normalized).matches()) {
            chosen = ENGLISH_PLEASE.matcher(normalized).matches() ? Language.ENGLISH : Language.PORTUGUESE;
            state.language = chosen;
            return state.say("languageSwitched") + "\n\n" + prompt();
        }
        seen.add(message);
        state.language = chosen != null ? chosen : Language.of(seen, browser);
        var command = DiscoveryCommand.parse(message);
        if (command.isEmpty()) {
            if (LOOKS_GOOD.matcher(normalized).matches() && state.step != DiscoveryStep.NAME
                    && state.step != DiscoveryStep.TAGLINE && !state.answered.isEmpty()) {
                return finish();
            }
            return answerCurrent(message);
        }
        return switch (command.get()) {
            case Help help -> DiscoveryQuestions.help(state.step, state);
            case ShowPlan show -> state.answered.isEmpty()
                    ? state.say("nothingYet") + " " + DiscoveryQuestions.question(state.step, state)
                    : state.say("planSoFar") + "\n\n" + BusinessPlanSummary.render(state.toPlan(), state.language)
                    + "\n\n" + nextPrompt();
            case StartOver startOver -> startOver();
            case GoBack back -> goBack();
            case Rename rename -> rename(rename.name());
            case Change change -> change(change);
            case AddFeatures add -> addFeatures(add);
            case RemoveFeature remove -> removeFeature(remove.nameOrId());
            case Finish finish -> finish();
            case SetAudiences audiences -> setAudiences(audiences);
            case MoveFeature move -> moveFeature(move, message);
        };
    }

    private String answerCurrent(String message) {
        if (state.complete()) {
            return FreeText.isAgreement(message) ? nextPrompt() : DiscoveryQuestions.help(DiscoveryStep.DONE, state);
        }
        DiscoveryStep step = state.step;
        var continuation = CONTINUATION.matcher(FreeText.tidy(message));
        if (lastList != null && lastList != step && continuation.matches()) {
            return continueList(lastList, continuation.group(1));
        }
        if (step == DiscoveryStep.IDEA) {
            IdeaReader.Parts parts = IdeaReader.read(message);
            if (parts.count() >= 1 && FreeText.hasWords(parts.idea()) && !FreeText.looksMeaningless(parts.idea())) {
                return wholeIdea(parts, parts.count() >= WHOLE_IDEA_PARTS);
            }
        }
        StepAnswers.Result result = StepAnswers.apply(step, message, state);
        if (!result.accepted()) {
            return result.text();
        }
        state.answer(step);
        lastList = LISTS.contains(step) ? step : null;
        return result.text() + "\n\n" + nextPrompt();
    }

    /** More items for a list already answered; the current question is asked again afterwards. */
    private String continueList(DiscoveryStep list, String items) {
        List<String> added = new ArrayList<>();
        switch (list) {
            case MUST_HAVES, NICE_TO_HAVES -> {
                boolean nice = list == DiscoveryStep.NICE_TO_HAVES;
                List<FeatureDraft> target = new ArrayList<>(nice ? state.niceToHaves : state.mustHaves);
                for (FeatureDraft feature : FeatureParser.parse(items, nice ? Priority.NICE_TO_HAVE : Priority.MUST_HAVE)) {
                    if (!FreeText.looksMeaningless(feature.name()) && target.size() < FeatureParser.MAX_FEATURES
                            && target.stream().noneMatch(f -> f.name().equalsIgnoreCase(feature.name()))) {
                        target.add(feature);
                        added.add(feature.name());
                    }
                }
                if (nice) {
                    state.niceToHaves = List.copyOf(target);
                } else {
                    state.mustHaves = List.copyOf(target);
                }
            }
            case PAIN_POINTS -> {
                List<String> points = new ArrayList<>(state.painPoints);
                for (String item : ListParser.items(items, 8, 200)) {
                    points.add(FreeText.sentence(item, 200));
                    added.add(FreeText.withoutTrailingPunctuation(item));
                }
                state.painPoints = List.copyOf(points);
            }
            case COMPETITORS -> {
                List<Competitor> competitors = new ArrayList<>(state.competitors);
                for (var competitor : CompetitorParser.parse(items, Defaults.differentiator(state))) {
                    competitors.add(competitor);
                    added.add(competitor.name());
                }
                state.competitors = List.copyOf(competitors);
            }
            default -> { }
        }
        if (added.isEmpty()) {
            return DiscoveryQuestions.help(list, state);
        }
        return state.say("addedTo", String.join(", ", added.stream().map(name -> "**" + name + "**").toList()),
                list.label(state.language)) + "\n\n" + nextPrompt();
    }

    /**
     * An idea written in one message with its parts: each part answers its question, the optional ones it left
     * out get visible defaults, and only the missing required ones (and the money question) are asked.
     */
    private String wholeIdea(IdeaReader.Parts parts, boolean fillOptional) {
        state.idea = FreeText.cap(parts.idea(), 600);
        state.answered.add(DiscoveryStep.IDEA);
        List<String> taken = new ArrayList<>();
        if (parts.name() != null) {
            StepAnswers.cleanName(parts.name()).ifPresent(name -> {
                state.name = name;
                state.answered.add(DiscoveryStep.NAME);
                taken.add(DiscoveryStep.NAME.label(state.language));
            });
        }
        for (Map.Entry<DiscoveryStep, String> part : parts.answers().entrySet()) {
            DiscoveryStep step = part.getKey();
            // Prose wraps lines anywhere: one line, so a wrapped sentence is not read as two list items.
            String answer = FreeText.oneLine(part.getValue());
            if (step == DiscoveryStep.PRIMARY_AUDIENCE) {
                String[] audiences = IdeaReader.audiences(answer);
                if (audiences[1] != null) {
                    state.secondaryAudience = FreeText.withoutTrailingPunctuation(
                            FreeText.sentence(StepAnswers.audience(audiences[1]), 200));
                    state.answered.add(DiscoveryStep.SECONDARY_AUDIENCE);
                }
                answer = audiences[0];
            }
            StepAnswers.Result result = StepAnswers.apply(step, answer, state);
            state.misses = 0;
            if (result.accepted()) {
                state.answered.add(step);
                taken.add(step.label(state.language));
            }
        }
        List<String> filled = new ArrayList<>();
        for (DiscoveryStep optional : !fillOptional ? List.<DiscoveryStep>of() : List.of(DiscoveryStep.TAGLINE, DiscoveryStep.SECONDARY_AUDIENCE,
                DiscoveryStep.PAIN_POINTS, DiscoveryStep.NICE_TO_HAVES, DiscoveryStep.COMPETITORS,
                DiscoveryStep.SUCCESS_METRICS)) {
            if (state.answered.contains(optional) || optional == DiscoveryStep.PAIN_POINTS && state.problem == null) {
                continue;
            }
            switch (optional) {
                case TAGLINE -> state.tagline = state.taglineSuggestion();
                case PAIN_POINTS -> state.painPoints = List.of(state.problem);
                case SUCCESS_METRICS -> state.successMetrics = Defaults.metrics(state);
                default -> { }
            }
            state.answered.add(optional);
            state.defaulted.add(optional);
            filled.add(optional.label(state.language));
        }
        state.answer(DiscoveryStep.IDEA);
        StringBuilder text = new StringBuilder(taken.isEmpty() ? state.say("ack.idea")
                : state.say("ack.wholeIdea", String.join(", ", taken)));
        if (!filled.isEmpty()) {
            text.append(' ').append(state.say("ack.filledIn", String.join(", ", filled)));
        }
        return text + "\n\n" + nextPrompt();
    }

    /** "done", "pronto": every part left gets a default, and the plan is shown with those parts named. */
    private String finish() {
        if (state.complete()) {
            return nextPrompt();
        }
        if (!state.answered.contains(DiscoveryStep.IDEA)) {
            return state.say("reject.finishBeforeIdea") + "\n\n" + DiscoveryQuestions.question(DiscoveryStep.IDEA, state);
        }
        List<DiscoveryStep> filled = Defaults.fillRemaining(state);
        String names = String.join(", ", filled.stream().map(step -> step.label(state.language)).toList());
        return (filled.isEmpty() ? "" : state.say("ack.finishedWithDefaults", names) + "\n\n") + nextPrompt();
    }

    /** The next question, or the finished plan when every question has an answer. */
    private String nextPrompt() {
        if (state.complete()) {
            return state.say("plan.ready") + "\n\n" + BusinessPlanSummary.render(state.toPlan(), state.language)
                    + "\n\n" + state.say("plan.readyFooter");
        }
        return DiscoveryQuestions.question(state.step, state);
    }

    private String prompt() {
        return state.answered.isEmpty() && state.step == DiscoveryStep.IDEA ? DiscoveryQuestions.welcome(state) : nextPrompt();
    }

    private String startOver() {
        state = new InterviewState();
        state.language = chosen != null ? chosen : Language.of(seen, browser);
        return state.say("startOver") + "\n\n" + DiscoveryQuestions.question(state.step, state);
    }

    private String goBack() {
        if (state.step == DiscoveryStep.IDEA) {
            return state.say("firstQuestion") + "\n\n" + DiscoveryQuestions.question(state.step, state);
        }
        state.step = state.step.previous();
        state.misses = 0;
        return state.say("goBack") + "\n\n" + DiscoveryQuestions.currentAnswer(state.step, state)
                + DiscoveryQuestions.question(state.step, state);
    }

    private String rename(String typed) {
        var name = StepAnswers.cleanName(typed);
        if (name.isEmpty()) {
            return DiscoveryQuestions.help(DiscoveryStep.NAME, state);
        }
        state.name = name.get();
        state.defaulted.remove(DiscoveryStep.NAME);
        if (state.step == DiscoveryStep.NAME) {
            state.answer(DiscoveryStep.NAME);
        } else {
            state.answered.add(DiscoveryStep.NAME);
        }
        return state.say("renamed", state.name) + "\n\n" + nextPrompt();
    }

    /** "change the problem: …" answers that part again; "change the problem" asks its question again. */
    private String change(Change change) {
        if (change.answer().isBlank()) {
            state.step = change.step();
            return state.say("sure") + "\n\n" + DiscoveryQuestions.currentAnswer(change.step(), state)
                    + DiscoveryQuestions.question(change.step(), state);
        }
        StepAnswers.Result result = StepAnswers.apply(change.step(), change.answer(), state);
        if (!result.accepted()) {
            return result.text();
        }
        state.defaulted.remove(change.step());
        if (state.step == change.step()) {
            state.answer(change.step());
        } else {
            state.answered.add(change.step());
        }
        return state.say("updated", change.step().label(state.language)) + " " + result.text() + "\n\n" + nextPrompt();
    }

    private String setAudiences(SetAudiences audiences) {
        // "parents are the main audience, teachers are secondary": a few words of an audience already given stand
        // for all of it ("Parents of students"), so a swap keeps what the person first wrote
        String knownPrimary = state.primaryAudience;
        String knownSecondary = state.secondaryAudience;
        if (audiences.primary() != null) {
            state.primaryAudience = FreeText.capitalize(FreeText.withoutTrailingPunctuation(
                    FreeText.cap(known(StepAnswers.audience(audiences.primary()), knownSecondary, knownPrimary), 200)));
            state.defaulted.remove(DiscoveryStep.PRIMARY_AUDIENCE);
            markAnswered(DiscoveryStep.PRIMARY_AUDIENCE);
        }
        if (audiences.secondary() != null) {
            state.secondaryAudience = FreeText.capitalize(FreeText.withoutTrailingPunctuation(
                    FreeText.cap(known(StepAnswers.audience(audiences.secondary()), knownPrimary, knownSecondary), 200)));
            markAnswered(DiscoveryStep.SECONDARY_AUDIENCE);
        }
        String secondary = state.secondaryAudience == null ? "—" : state.secondaryAudience;
        return state.say("audiencesSet", state.primaryAudience, secondary) + "\n\n" + nextPrompt();
    }

    /** The audience already given that the words name, if one does; else the words. */
    private static String known(String said, String... audiences) {
        for (String audience : audiences) {
            if (audience != null && FreeText.wordCount(said) < FreeText.wordCount(audience) && FeatureMatch.names(said, audience)) {
                return audience;
            }
        }
        return said;
    }

    private void markAnswered(DiscoveryStep step) {
        if (state.step == step) {
            state.answer(step);
        } else {
            state.answered.add(step);
        }
    }

    /** "the waitlist is a nice to have, not a must"; a phrase naming no feature is an answer to the question instead. */
    private String moveFeature(MoveFeature move, String message) {
        List<FeatureDraft> all = new ArrayList<>(state.mustHaves);
        all.addAll(state.niceToHaves);
        FeatureDraft feature = FeatureMatch.find(move.feature(), all);
        if (feature == null) {
            return state.complete() ? state.say("featureNotFound", FreeText.cap(move.feature(), 60)) + "\n\n" + nextPrompt()
                    : answerCurrent(message);
        }
        List<FeatureDraft> core = new ArrayList<>();
        List<FeatureDraft> later = new ArrayList<>();
        for (FeatureDraft draft : all) {
            Priority priority = draft == feature ? move.priority()
                    : move.othersTo() != null && draft.priority() != Priority.NICE_TO_HAVE ? move.othersTo() : draft.priority();
            FeatureDraft moved = draft.withPriority(priority);
            (priority == Priority.NICE_TO_HAVE ? later : core).add(moved);
        }
        if (core.stream().noneMatch(f -> f.priority() == Priority.MUST_HAVE)) {
            return state.say("keepOneMustHave", feature.name()) + "\n\n" + nextPrompt();
        }
        core.sort((a, b) -> Integer.compare(a.priority().ordinal(), b.priority().ordinal()));
        state.mustHaves = List.copyOf(core);
        state.niceToHaves = List.copyOf(later);
        return state.say("featureMoved", feature.name(), state.say("priority." + move.priority().name())) + "\n\n"
                + nextPrompt();
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
        return state.say("added", String.join(", ", added.stream().map(f -> "**" + f.name() + "**").toList())) + "\n\n"
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
            return state.say("featureNotFoundList", FreeText.cap(nameOrId, 60),
                    String.join(", ", plan.coreFeatures().stream().map(f -> f.id() + " " + f.name()).toList()))
                    + "\n\n" + nextPrompt();
        }
        if (mustHaves.isEmpty() && state.answered.contains(DiscoveryStep.MUST_HAVES)) {
            return state.say("keepOneMustHave", removed.name()) + "\n\n" + nextPrompt();
        }
        state.mustHaves = List.copyOf(mustHaves);
        state.niceToHaves = List.copyOf(niceToHaves);
        return state.say("removed", removed.name()) + "\n\n" + nextPrompt();
    }
}
