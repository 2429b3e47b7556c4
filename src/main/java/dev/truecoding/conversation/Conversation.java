package dev.truecoding.conversation;

import java.time.Instant;
import java.util.List;

/** A row of the seed's {@code conversations}, with its messages oldest first. */
public record Conversation(
        String id,
        ConversationPhase phase,
        ConversationStatus status,
        Instant createdAt,
        Instant updatedAt,
        List<Message> messages) {
}
