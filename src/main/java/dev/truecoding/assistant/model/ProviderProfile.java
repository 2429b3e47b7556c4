package dev.truecoding.assistant.model;

import dev.truecoding.assistant.AssistantIdentity;

/**
 * Who a {@link ModelAssistant} talks to, and the settings a person should check when it fails.
 *
 * @param identity      provider and model, as shown to people
 * @param baseUrl       where the provider is called (safe to show: it never carries the key)
 * @param urlVariable   the environment variable that sets {@code baseUrl}
 * @param keyVariable   the environment variable that sets the key, or null when the provider takes none
 * @param modelVariable the environment variable that sets the model
 */
public record ProviderProfile(
        AssistantIdentity identity,
        String baseUrl,
        String urlVariable,
        String keyVariable,
        String modelVariable) {

    String name() {
        return identity.provider();
    }
}
