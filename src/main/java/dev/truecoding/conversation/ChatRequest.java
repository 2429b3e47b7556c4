package dev.truecoding.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The seed's {@code ChatRequest}; {@code phase} is its lower-case string ({@code discovery} | {@code planning}). */
public record ChatRequest(
        @NotBlank(message = "projectId is required.") @Size(max = 64) String projectId,
        @NotBlank(message = "Write a message.") @Size(max = ChatRequest.MAX_MESSAGE_LENGTH,
                message = "A message can be at most " + ChatRequest.MAX_MESSAGE_LENGTH + " characters.") String message,
        @NotBlank(message = "phase is required.")
        @Pattern(regexp = "discovery|planning|iteration", message = "phase must be discovery or planning.") String phase) {

    public static final int MAX_MESSAGE_LENGTH = 8000;

    ConversationPhase conversationPhase() {
        return ConversationPhase.valueOf(phase.toUpperCase(java.util.Locale.ROOT));
    }
}
