package dev.truecoding.assistant.guided;

/**
 * The interview's questions in the order they are asked; {@link #DONE} means the plan is complete. Which ones may
 * be skipped, and what a skip means, is decided in {@link StepAnswers}.
 */
enum DiscoveryStep {
    IDEA, NAME, TAGLINE, PROBLEM, PRIMARY_AUDIENCE, SECONDARY_AUDIENCE, PAIN_POINTS, MUST_HAVES, NICE_TO_HAVES,
    MONETIZATION, COMPETITORS, SUCCESS_METRICS, DONE;

    /** "the problem", "o problema": how replies name this part. */
    String label(Language language) {
        return Replies.in(language).text("step." + name());
    }

    /** The question before this one; the first question has none and stays where it is. */
    DiscoveryStep previous() {
        return this == IDEA ? IDEA : values()[ordinal() - 1];
    }

    /** Whether the plan can do without the person's answer (skip leaves it empty or uses a default). */
    boolean optional() {
        return switch (this) {
            case IDEA, PROBLEM, PRIMARY_AUDIENCE, MUST_HAVES, DONE -> false;
            default -> true;
        };
    }

    /** 1-based position for "question 3 of 12". */
    int number() {
        return ordinal() + 1;
    }

    static int questionCount() {
        return DONE.ordinal();
    }
}
