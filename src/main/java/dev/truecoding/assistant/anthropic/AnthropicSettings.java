package dev.truecoding.assistant.anthropic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param apiKey    {@code ANTHROPIC_API_KEY}; setting it makes Anthropic the default provider
 * @param model     {@code ANTHROPIC_MODEL}
 * @param baseUrl   {@code ANTHROPIC_BASE_URL}, the API's root (the client adds {@code /v1/messages})
 * @param maxTokens the longest reply; a Technical Plan as JSON needs several thousand tokens
 */
@ConfigurationProperties("truecoding.assistant.anthropic")
record AnthropicSettings(
        String apiKey,
        @DefaultValue(AnthropicSettings.DEFAULT_MODEL) String model,
        @DefaultValue(AnthropicSettings.DEFAULT_BASE_URL) String baseUrl,
        @DefaultValue("8192") int maxTokens) {

    static final String DEFAULT_MODEL = "claude-sonnet-4-5";
    static final String DEFAULT_BASE_URL = "https://api.anthropic.com";

    AnthropicSettings {
        model = model == null || model.isBlank() ? DEFAULT_MODEL : model.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
    }

    boolean hasKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    @Override
    public String toString() {
        return "AnthropicSettings[model=" + model + ", baseUrl=" + baseUrl + ", maxTokens=" + maxTokens + "]";
    }
}
