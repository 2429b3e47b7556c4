package dev.truecoding.assistant.ollama;

import dev.truecoding.assistant.AssistantIdentity;
import dev.truecoding.assistant.model.ModelClient;
import dev.truecoding.assistant.model.ModelProvider;
import dev.truecoding.assistant.model.ProviderProfile;
import dev.truecoding.assistant.model.RetryPolicy;
import dev.truecoding.plan.PlanValidator;
import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.ollama.api.OllamaApi;
import org.springframework.ai.ollama.api.OllamaChatOptions;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A model on an Ollama server, through Spring AI's Ollama client. */
@Component
@Order(3) // the default provider is the first one configured, in this order
class OllamaProvider implements ModelProvider {

    private final OllamaSettings settings;
    private final RetryPolicy retry;
    private final PlanValidator validator;

    OllamaProvider(OllamaSettings settings, RetryPolicy retry, PlanValidator validator) {
        this.settings = settings;
        this.retry = retry;
        this.validator = validator;
    }

    @Override
    public String id() {
        return "ollama";
    }

    @Override
    public boolean configured() {
        return settings.hasBaseUrl();
    }

    @Override
    public ModelClient client() {
        var api = OllamaApi.builder().baseUrl(settings.effectiveBaseUrl()).build();
        var model = OllamaChatModel.builder()
                .ollamaApi(api)
                .options(OllamaChatOptions.builder().model(settings.model()).build())
                .build();
        // Ollama's JSON mode: the answer is constrained to valid JSON (the schema itself is in the prompt).
        var json = OllamaChatOptions.builder().model(settings.model()).format("json").build();
        var profile = new ProviderProfile(new AssistantIdentity("Ollama", settings.model()), settings.effectiveBaseUrl(),
                "OLLAMA_BASE_URL", null, "OLLAMA_MODEL");
        return new ModelClient(profile, model, json, new OllamaFailures(), retry, validator);
    }
}
