package dev.truecoding.conversation;

/** The seed's {@code message_role}; SYSTEM messages record what happened (an assistant that failed, say). */
public enum MessageRole {
    USER, ASSISTANT, SYSTEM
}
