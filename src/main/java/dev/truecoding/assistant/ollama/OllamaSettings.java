package dev.truecoding.assistant.ollama;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseUrl {@code OLLAMA_BASE_URL}; setting it makes Ollama the default provider when no key is set.
 *                Empty means the local default, used only when {@code ASSISTANT_PROVIDER=ollama}
 * @param model   {@code OLLAMA_MODEL}, a model already pulled on that server
 */
@ConfigurationProperties("truecoding.assistant.ollama")
record OllamaSettings(String baseUrl, @DefaultValue(OllamaSettings.DEFAULT_MODEL) String model) {

    static final String DEFAULT_MODEL = "llama3.2";
    static final String LOCAL_URL = "http://localhost:11434";

    OllamaSettings {
        model = model == null || model.isBlank() ? DEFAULT_MODEL : model.strip();
    }

    boolean hasBaseUrl() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    String effectiveBaseUrl() {
        return hasBaseUrl() ? baseUrl.strip() : LOCAL_URL;
    }
}
