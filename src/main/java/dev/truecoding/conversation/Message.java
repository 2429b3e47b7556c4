package dev.truecoding.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** A row of the seed's {@code messages}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Message(String id, MessageRole role, String content, Integer tokenCount, String model, Instant createdAt) {
}
