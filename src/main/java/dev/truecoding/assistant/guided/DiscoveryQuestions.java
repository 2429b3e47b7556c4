package dev.truecoding.assistant.guided;

import java.util.List;

/** What the interview says at each step: the question, and the help shown when an answer cannot be used. */
final class DiscoveryQuestions {

    private DiscoveryQuestions() {
    }

    static String welcome() {
        return "Hi! I'm the guided assistant. I'll ask you a few short questions, one at a time, and write a business "
                + "plan from your answers. You can skip optional questions, say **go back**, or correct anything later "
                + "(for example *actually, call it Sprout*).\n\n" + question(DiscoveryStep.IDEA, new InterviewState());
    }

    static String question(DiscoveryStep step, InterviewState state) {
        String progress = "*(" + step.number() + "/" + DiscoveryStep.questionCount() + ")* ";
        return progress + switch (step) {
            case IDEA -> "**What's your idea?** Describe the app in a sentence or two — what it does and for whom.";
            case NAME -> "**What should we call it?** A few ideas from your description:\n\n"
                    + numbered(state.nameSuggestions())
                    + "\nReply with a number, *use the first one*, or type your own name.";
            case TAGLINE -> "**A tagline for " + state.displayName() + "?** One short line that sells it. Suggestion:\n\n> "
                    + state.taglineSuggestion() + "\n\nSay *yes* to use it, or write your own.";
            case PROBLEM -> "**What problem does " + state.displayName() + " solve?** What is hard, slow or annoying today?";
            case PRIMARY_AUDIENCE -> "**Who is it for, first of all?** Describe the main group of people "
                    + "(for example *busy parents who cook at home*).";
            case SECONDARY_AUDIENCE -> "**Anyone else who would use it?** A secondary audience — or say *skip*.";
            case PAIN_POINTS -> "**What are their pain points?** List a few — one per line, or separated by commas.";
            case MUST_HAVES -> "**Which features must the first version have?** One per line or comma-separated. "
                    + "You may add a description (*Search: find recipes by ingredient*) and a complexity "
                    + "(*Payments (high)*).";
            case NICE_TO_HAVES -> "**Any nice-to-have features for later?** Same format — or *skip*.";
            case MONETIZATION -> "**How will it make money?** Pick one and add details or a price if you like:\n\n"
                    + "1. free\n2. freemium\n3. subscription\n4. one-time purchase\n5. usage-based\n\n"
                    + "For example *freemium, pro plan at $5/month* — or *skip*.";
            case COMPETITORS -> "**Who are the competitors?** One per line as *Name — what makes you different* "
                    + "(a URL in brackets is welcome) — or *skip*.";
            case SUCCESS_METRICS -> "**How will you know it works?** List success metrics as *name: target in "
                    + "timeframe*, for example *Weekly active users: 500 in 6 months* — or *skip* for sensible defaults.";
            case DONE -> "Your plan is complete.";
        };
    }

    /** The help for a step: what is expected, with an example, then the question again. */
    static String help(DiscoveryStep step, InterviewState state) {
        String expected = switch (step) {
            case IDEA -> "I need a short description of your idea, for example: *An app where neighbours lend and "
                    + "borrow tools.*";
            case NAME -> "A name is one to four words. Pick a suggestion by number (*2*), say *use the first one*, "
                    + "or type a name such as *ToolShare*.";
            case TAGLINE -> "A tagline is one short sentence, like *Borrow what you need, lend what you don't.* "
                    + "Say *yes* to keep my suggestion.";
            case PROBLEM -> "Tell me what goes wrong today without your app, for example: *Tools sit unused in "
                    + "garages while neighbours buy the same ones.*";
            case PRIMARY_AUDIENCE -> "Describe who will use it most, for example: *homeowners in the suburbs*.";
            case SECONDARY_AUDIENCE -> "Describe another group who would use it, or say *skip*.";
            case PAIN_POINTS -> "List what frustrates your audience, for example:\n- tools are expensive\n"
                    + "- borrowing is awkward\n- nobody knows who has what";
            case MUST_HAVES -> "List the features the first version cannot live without, for example:\n"
                    + "- Tool listings: name, photo and availability\n- Borrow requests\n- Ratings (low)";
            case NICE_TO_HAVES -> "List features that can wait, for example *Map view, Chat (high)* — or say *skip*.";
            case MONETIZATION -> "Name a model — free, freemium, subscription, one-time or usage-based — or its "
                    + "number, optionally with a price: *subscription, $4/month*. Or say *skip*.";
            case COMPETITORS -> "For example:\n- Nextdoor (nextdoor.com) — not built for lending\n"
                    + "- Facebook groups — hard to search\n\nOr say *skip*.";
            case SUCCESS_METRICS -> "For example:\n- Weekly active users: 500 in 6 months\n- Loans completed: 100 "
                    + "in 3 months\n\nOr say *skip* and I'll suggest a sensible set.";
            case DONE -> "Your plan is ready. You can still correct any part — *change the problem: …*, *change "
                    + "features: …*, *add feature: …*, *call it …* — or say *show plan*. When you're happy, approve it.";
        };
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
            case MONETIZATION -> state.monetization == null ? null : MonetizationParser.label(state.monetization.model());
            case COMPETITORS -> String.join(", ", state.competitors.stream().map(c -> c.name()).toList());
            case SUCCESS_METRICS -> String.join("; ", state.successMetrics.stream().map(m -> m.name()).toList());
            case DONE -> null;
        };
        return answer == null || answer.isBlank() ? "" : "Currently: *" + FreeText.cap(answer, 200) + "*\n\n";
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
