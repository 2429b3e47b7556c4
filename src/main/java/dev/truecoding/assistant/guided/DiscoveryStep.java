package dev.truecoding.assistant.guided;

/** The interview's questions in the order they are asked; {@link #DONE} means the plan is complete. */
enum DiscoveryStep {
    IDEA("the idea", false),
    NAME("the name", false),
    TAGLINE("the tagline", false),
    PROBLEM("the problem", false),
    PRIMARY_AUDIENCE("the primary audience", false),
    SECONDARY_AUDIENCE("the secondary audience", true),
    PAIN_POINTS("the pain points", false),
    MUST_HAVES("the must-have features", false),
    NICE_TO_HAVES("the nice-to-have features", true),
    MONETIZATION("monetization", true),
    COMPETITORS("the competitors", true),
    SUCCESS_METRICS("the success metrics", true),
    DONE("the summary", true);

    private final String label;
    private final boolean optional;

    DiscoveryStep(String label, boolean optional) {
        this.label = label;
        this.optional = optional;
    }

    String label() {
        return label;
    }

    boolean optional() {
        return optional;
    }

    /** The question before this one; the first question has none and stays where it is. */
    DiscoveryStep previous() {
        return this == IDEA ? IDEA : values()[ordinal() - 1];
    }

    /** 1-based position for "question 3 of 12". */
    int number() {
        return ordinal() + 1;
    }

    static int questionCount() {
        return DONE.ordinal();
    }
}
