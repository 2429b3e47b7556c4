package dev.truecoding.assistant.guided;

import dev.truecoding.plan.BusinessPlan.Competitor;
import dev.truecoding.plan.BusinessPlan.MonetizationModel;
import dev.truecoding.plan.BusinessPlan.MonetizationStrategy;
import dev.truecoding.plan.BusinessPlan.Priority;
import dev.truecoding.plan.BusinessPlan.SuccessMetric;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies an answer to one step of the interview. An answer that fits is stored and acknowledged; one that does
 * not changes nothing and gets the step's help, so a bad message can never corrupt the draft — except that an
 * answer that cannot be read a second time is kept as written (or the step's default is used) and the interview
 * moves on, saying so: nobody is stuck on a question.
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
            "^(?:(?:i'?ll |let'?s )?(?:use|pick|take|choose|go with|i like|i'?ll take|quero|escolho|fico com|vou de|pode ser)\\s+)?"
                    + "(?:the\\s+|o\\s+|a\\s+)?(?:option\\s+|number\\s+|opção\\s+|número\\s+|no\\.?\\s*|#)?"
                    + "(1|2|3|first|second|third|last|1st|2nd|3rd|primeir[oa]|segund[oa]|terceir[oa]|últim[oa])"
                    + "(?:\\s+(?:one|option|name|suggestion|opção|nome|sugestão))?(?:\\s+please|\\s+por favor)?$");
    private static final Pattern NAME_PREFIX = Pattern.compile(
            "^(?:(?:i'?d like to |let'?s |i'?ll |we'?ll )?(?:call it|name it|go with)|the name is|name is|name:|it'?s called"
                    + "|how about|maybe|use|o nome é|nome:|chama|vai se chamar|pode ser|que tal|se chama)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_AND_TAGLINE = Pattern.compile("^(.{1,80}?)\\s+[—–-]\\s+(.+)$");
    private static final Pattern GREETING = Pattern.compile(
            "^(?:hi|hello|hey|hiya|yo|ola|olá|oi|good (?:morning|afternoon|evening)|start|let'?s start|let'?s go|begin"
                    + "|hi there|hello there|hey there|bom dia|boa tarde|boa noite|e aí|e ai|vamos|vamos lá|começar)$");
    private static final Pattern AUDIENCE_PREFIX = Pattern.compile(
            "^(?:it'?s |mainly |mostly |primarily )?(?:for|aimed at|targeting|targeted at)\\s+|^(?:my|our|the) "
                    + "(?:main |primary |secondary )?(?:audience|users?) (?:is|are)\\s+"
                    + "|^(?:é |principalmente |mais )?(?:para|pra)\\s+|^(?:o )?público (?:principal )?(?:é|são)\\s+"
                    // "são os professores": the Portuguese article says nothing about who
                    + "|^(?:os|as)\\s+(?=\\p{L})",
            Pattern.CASE_INSENSITIVE);

    private StepAnswers() {
    }

    static Result apply(DiscoveryStep step, String text, InterviewState state) {
        if (step != DiscoveryStep.DONE && FreeText.isHelp(text) && !FreeText.isSkip(text)) {
            return Result.rejected(DiscoveryQuestions.help(step, state));
        }
        Result result = read(step, text, state);
        // Without an idea there is nothing to plan: the first question waits for one, however long it takes.
        if (result.accepted() || step == DiscoveryStep.DONE || step == DiscoveryStep.IDEA) {
            return result;
        }
        state.misses++;
        if (state.misses < 2) {
            return result;
        }
        return keptAsWritten(step, text, state);
    }

    private static Result read(DiscoveryStep step, String text, InterviewState state) {
        return switch (step) {
            case IDEA -> idea(text, state);
            case NAME -> name(text, state);
            case TAGLINE -> tagline(text, state);
            case PROBLEM -> requiredText(text, state, step, MAX_PROBLEM, value -> state.problem = value, "ack.problem");
            case PRIMARY_AUDIENCE -> requiredText(audience(text), state, step, MAX_AUDIENCE,
                    value -> state.primaryAudience = FreeText.withoutTrailingPunctuation(value), "ack.audience");
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

    /**
     * The second answer the step could not read: where the plan has room for free text it is kept there, else the
     * step's default is used — and the reply says which.
     */
    private static Result keptAsWritten(DiscoveryStep step, String text, InterviewState state) {
        boolean meaningful = !FreeText.looksMeaningless(text) && !FreeText.isSkip(text);
        String kept = FreeText.sentence(text, 300);
        switch (step) {
            case IDEA -> state.idea = FreeText.cap(text, MAX_IDEA);
            case NAME -> state.name = state.nameSuggestions().getFirst();
            case TAGLINE -> state.tagline = state.taglineSuggestion();
            case PROBLEM -> state.problem = meaningful ? kept : Defaults.problem(state);
            case PRIMARY_AUDIENCE -> state.primaryAudience = meaningful ? FreeText.withoutTrailingPunctuation(kept)
                    : Defaults.audience(state);
            case SECONDARY_AUDIENCE -> state.secondaryAudience = null;
            case PAIN_POINTS -> state.painPoints = List.of(meaningful ? kept : Defaults.problem(state));
            case MUST_HAVES -> state.mustHaves = meaningful
                    ? List.of(new FeatureDraft(FreeText.capitalize(FreeText.cap(FeatureNamer.name(text), 60)), kept,
                    Priority.MUST_HAVE, FeatureParser.guessComplexity(text)))
                    : Defaults.features(state);
            case NICE_TO_HAVES -> state.niceToHaves = List.of();
            case MONETIZATION -> state.monetization = new MonetizationStrategy(MonetizationModel.FREE,
                    meaningful ? kept : state.say("monetization.undecided"), null);
            case COMPETITORS -> state.competitors = List.of();
            case SUCCESS_METRICS -> state.successMetrics = Defaults.metrics(state);
            case DONE -> { }
        }
        if (step == DiscoveryStep.NAME || step == DiscoveryStep.TAGLINE || !meaningful) {
            state.defaulted.add(step);
        }
        return Result.accepted(state.say(meaningful ? "ack.keptAsWritten" : "ack.defaulted", step.label(state.language)));
    }

    private static Result idea(String text, InterviewState state) {
        String normalized = FreeText.normalized(text);
        if (GREETING.matcher(normalized).matches()) {
            return Result.rejected(DiscoveryQuestions.welcome(state));
        }
        if (FreeText.isSkip(text) || FreeText.looksMeaningless(text)) {
            return Result.rejected(DiscoveryQuestions.help(DiscoveryStep.IDEA, state));
        }
        state.idea = FreeText.cap(text, MAX_IDEA);
        return Result.accepted(state.say("ack.idea"));
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
            return Result.accepted(state.say("ack.nameChosen", chosen));
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
        return Result.accepted(state.say("ack.name", state.name));
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
            case "2", "second", "2nd", "segundo", "segunda" -> 1;
            case "3", "third", "3rd", "terceiro", "terceira" -> 2;
            case "last", "último", "última" -> count - 1;
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
        return Result.accepted(state.say("ack.tagline", state.tagline));
    }

    private static Result requiredText(String text, InterviewState state, DiscoveryStep step, int max,
                                       java.util.function.Consumer<String> store, String acknowledgement) {
        if (FreeText.isSkip(text) || FreeText.looksMeaningless(text)) {
            return Result.rejected(state.say("reject.required") + " " + DiscoveryQuestions.help(step, state));
        }
        store.accept(FreeText.sentence(text, max));
        return Result.accepted(state.say(acknowledgement));
    }

    static String audience(String text) {
        return AUDIENCE_PREFIX.matcher(FreeText.oneLine(text)).replaceFirst("");
    }

    private static Result secondaryAudience(String text, InterviewState state) {
        if (FreeText.isNone(text)) {
            state.secondaryAudience = null;
            return Result.accepted(state.say("ack.noSecondary"));
        }
        if (FreeText.looksMeaningless(text)) {
            return Result.rejected(DiscoveryQuestions.help(DiscoveryStep.SECONDARY_AUDIENCE, state));
        }
        state.secondaryAudience = FreeText.withoutTrailingPunctuation(FreeText.sentence(audience(text), MAX_AUDIENCE));
        return Result.accepted(state.say("ack.noted"));
    }

    private static Result painPoints(String text, InterviewState state) {
        if (FreeText.isSkip(text) && state.problem != null) {
            state.painPoints = List.of(state.problem);
            return Result.accepted(state.say("ack.painFromProblem"));
        }
        List<String> items = ListParser.items(text, MAX_PAIN_POINTS, MAX_AUDIENCE).stream()
                .filter(item -> !carriesNothing(item))
                .map(item -> FreeText.sentence(item, MAX_AUDIENCE))
                .toList();
        if (items.isEmpty()) {
            return Result.rejected(DiscoveryQuestions.help(DiscoveryStep.PAIN_POINTS, state));
        }
        state.painPoints = items;
        return Result.accepted(items.size() == 1 ? state.say("ack.painPoint") : state.say("ack.painPoints", items.size()));
    }

    /** Must-haves; a "nice to have:" or "mais pra frente:" part of the same answer answers the next question too. */
    private static Result mustHaves(String text, InterviewState state) {
        List<FeatureDraft> features = meaningful(FeatureParser.parse(text, Priority.MUST_HAVE));
        List<FeatureDraft> core = features.stream().filter(f -> f.priority() != Priority.NICE_TO_HAVE).toList();
        List<FeatureDraft> later = features.stream().filter(f -> f.priority() == Priority.NICE_TO_HAVE).toList();
        if (core.isEmpty()) {
            return Result.rejected(state.say("reject.noFeatures") + " "
                    + DiscoveryQuestions.help(DiscoveryStep.MUST_HAVES, state));
        }
        state.mustHaves = core;
        if (!later.isEmpty()) {
            state.niceToHaves = later;
            state.answered.add(DiscoveryStep.NICE_TO_HAVES);
        }
        return Result.accepted(featureAcknowledgement(features, state));
    }

    private static Result niceToHaves(String text, InterviewState state) {
        if (FreeText.isNone(text)) {
            state.niceToHaves = List.of();
            return Result.accepted(state.say("ack.lean"));
        }
        List<FeatureDraft> features = meaningful(FeatureParser.parse(text, Priority.NICE_TO_HAVE));
        if (features.isEmpty()) {
            return Result.rejected(DiscoveryQuestions.help(DiscoveryStep.NICE_TO_HAVES, state));
        }
        List<FeatureDraft> nice = new ArrayList<>();
        List<FeatureDraft> must = new ArrayList<>(state.mustHaves);
        for (FeatureDraft feature : features) {
            (feature.priority() == Priority.NICE_TO_HAVE ? nice : must).add(feature);
        }
        state.niceToHaves = List.copyOf(nice);
        state.mustHaves = List.copyOf(must);
        return Result.accepted(featureAcknowledgement(features, state));
    }

    private static List<FeatureDraft> meaningful(List<FeatureDraft> features) {
        return features.stream().filter(feature -> !carriesNothing(feature.name())).toList();
    }

    /** A list item that names nothing: a keyboard mash, or a "yes" / "ok" said to a question that asks for a list. */
    private static boolean carriesNothing(String item) {
        return FreeText.looksMeaningless(item) || FreeText.isAgreement(item) || FreeText.isNone(item);
    }

    private static String featureAcknowledgement(List<FeatureDraft> features, InterviewState state) {
        StringBuilder out = new StringBuilder(state.say("ack.featuresAdded")).append('\n');
        for (FeatureDraft feature : features) {
            out.append("- **").append(feature.name()).append("** (")
                    .append(state.say("complexity." + feature.complexity().name()))
                    .append(feature.priority() == Priority.NICE_TO_HAVE ? ", " + state.say("priority.NICE_TO_HAVE") : "")
                    .append(")\n");
        }
        return out.toString().strip();
    }

    private static Result monetization(String text, InterviewState state) {
        if (FreeText.isSkip(text)) {
            state.monetization = new MonetizationStrategy(MonetizationModel.FREE, state.say("monetization.undecided"), null);
            state.defaulted.add(DiscoveryStep.MONETIZATION);
            return Result.accepted(state.say("ack.monetizationOpen"));
        }
        Optional<MonetizationStrategy> strategy = MonetizationParser.parse(text, state.language);
        if (strategy.isEmpty()) {
            return Result.rejected(state.say("reject.monetization") + " "
                    + DiscoveryQuestions.help(DiscoveryStep.MONETIZATION, state));
        }
        state.monetization = strategy.get();
        String label = MonetizationParser.label(strategy.get().model(), state.language);
        return Result.accepted(strategy.get().pricing() == null ? state.say("ack.monetization", label)
                : state.say("ack.monetizationPriced", label, strategy.get().pricing()));
    }

    private static Result competitors(String text, InterviewState state) {
        if (FreeText.isNone(text)) {
            state.competitors = List.of();
            return Result.accepted(state.say("ack.noCompetitors"));
        }
        List<Competitor> competitors = CompetitorParser.parse(text, Defaults.differentiator(state)).stream()
                .filter(competitor -> !carriesNothing(competitor.name()))
                .toList();
        if (competitors.isEmpty()) {
            return Result.rejected(DiscoveryQuestions.help(DiscoveryStep.COMPETITORS, state));
        }
        state.competitors = competitors;
        return Result.accepted(competitors.size() == 1 ? state.say("ack.competitor")
                : state.say("ack.competitors", competitors.size()));
    }

    private static Result successMetrics(String text, InterviewState state) {
        if (FreeText.isNone(text)) {
            state.successMetrics = Defaults.metrics(state);
            state.defaulted.add(DiscoveryStep.SUCCESS_METRICS);
            return Result.accepted(state.say("ack.metricsDefault"));
        }
        List<SuccessMetric> metrics = MetricParser.parse(text, state.language).stream()
                .filter(metric -> !carriesNothing(metric.name()))
                .toList();
        if (metrics.isEmpty()) {
            return Result.rejected(DiscoveryQuestions.help(DiscoveryStep.SUCCESS_METRICS, state));
        }
        state.successMetrics = metrics;
        return Result.accepted(state.say("ack.metrics"));
    }
}
