package dev.truecoding.assistant.openai;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Any server speaking OpenAI's Chat Completions: OpenAI, OpenRouter, vLLM, LM Studio…
 *
 * @param apiKey   {@code OPENAI_API_KEY}; local servers may need none
 * @param baseUrl  {@code OPENAI_BASE_URL}, the API root including {@code /v1} (the client adds
 *                 {@code /chat/completions}); empty means OpenAI itself
 * @param model    {@code OPENAI_MODEL}
 * @param jsonMode {@code OPENAI_JSON_MODE}: ask for {@code response_format: json_object} when writing a plan;
 *                 switch off for servers that reject it
 */
@ConfigurationProperties("truecoding.assistant.openai")
record OpenAiSettings(
        String apiKey,
        String baseUrl,
        @DefaultValue(OpenAiSettings.DEFAULT_MODEL) String model,
        @DefaultValue("true") boolean jsonMode) {

    static final String DEFAULT_MODEL = "gpt-5-mini";
    static final String OPENAI_URL = "https://api.openai.com/v1";

    OpenAiSettings {
        model = model == null || model.isBlank() ? DEFAULT_MODEL : model.strip();
    }

    boolean hasKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    boolean hasBaseUrl() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    String effectiveBaseUrl() {
        return hasBaseUrl() ? baseUrl.strip() : OPENAI_URL;
    }

    @Override
    public String toString() {
        return "OpenAiSettings[baseUrl=" + effectiveBaseUrl() + ", model=" + model + ", jsonMode=" + jsonMode + "]";
    }
}
