package dev.truecoding.assistant;

/**
 * @param provider shown to people, e.g. "Guided assistant", "Anthropic", "OpenAI-compatible", "Ollama"
 * @param model    stored in {@code messages.model}, e.g. "guided", "claude-sonnet-4-5"
 */
public record AssistantIdentity(String provider, String model) {
}
