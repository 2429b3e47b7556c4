package dev.truecoding.assistant.anthropic;

import dev.truecoding.assistant.AssistantIdentity;
import dev.truecoding.assistant.model.ModelClient;
import dev.truecoding.assistant.model.ModelProvider;
import dev.truecoding.assistant.model.ProviderProfile;
import dev.truecoding.assistant.model.RetryPolicy;
import dev.truecoding.plan.PlanValidator;
import org.springframework.ai.anthropic.AnthropicChatModel;
import org.springframework.ai.anthropic.AnthropicChatOptions;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Claude through Anthropic's Messages API, with Spring AI's client on the official Anthropic SDK. */
@Component
@Order(1) // the default provider is the first one configured, in this order
class AnthropicProvider implements ModelProvider {

    private final AnthropicSettings settings;
    private final RetryPolicy retry;
    private final PlanValidator validator;

    AnthropicProvider(AnthropicSettings settings, RetryPolicy retry, PlanValidator validator) {
        this.settings = settings;
        this.retry = retry;
        this.validator = validator;
    }

    @Override
    public String id() {
        return "anthropic";
    }

    @Override
    public boolean configured() {
        return settings.hasKey();
    }

    @Override
    public ModelClient client() {
        if (!settings.hasKey()) {
            throw new IllegalStateException("ASSISTANT_PROVIDER is anthropic but ANTHROPIC_API_KEY is not set");
        }
        var options = AnthropicChatOptions.builder()
                .apiKey(settings.apiKey())
                .baseUrl(settings.baseUrl())
                .model(settings.model())
                .maxTokens(settings.maxTokens())
                // ModelAssistant retries itself: only before the first token, honouring retry-after.
                .maxRetries(0)
                .build();
        var model = AnthropicChatModel.builder().options(options).build();
        var profile = new ProviderProfile(new AssistantIdentity("Anthropic", settings.model()), settings.baseUrl(),
                "ANTHROPIC_BASE_URL", "ANTHROPIC_API_KEY", "ANTHROPIC_MODEL");
        // No JSON mode: Anthropic's structured outputs accept only part of JSON Schema and only on some models,
        // so the plan's schema goes into the prompt and the validator (with repair rounds) checks the answer.
        return new ModelClient(profile, model, null, new AnthropicFailures(), retry, validator);
    }
}
