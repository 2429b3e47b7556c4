package dev.truecoding.assistant;

/** What the conversation is for: the seed's ConversationPhase as the assistant sees it. */
public enum AssistantPhase {
    /** Interview the person and write the BusinessPlan. */
    DISCOVERY,
    /** Derive and refine the TechnicalPlan from the approved BusinessPlan. */
    PLANNING,
    /** After the MVP is live: change the TechnicalPlan for a new feature. */
    ITERATION
}
