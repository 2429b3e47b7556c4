package dev.truecoding.conversation;

/** The seed's {@code conversation_status}. */
public enum ConversationStatus {
    ACTIVE, COMPLETED, ABANDONED
}
