package dev.truecoding.assistant;

/** One earlier message of the conversation, oldest first. */
public record Turn(Role role, String content) {

    public enum Role { USER, ASSISTANT }
}
