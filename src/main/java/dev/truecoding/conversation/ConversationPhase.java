package dev.truecoding.conversation;

/** The seed's {@code conversation_phase}. */
public enum ConversationPhase {
    DISCOVERY, PLANNING, ITERATION
}
