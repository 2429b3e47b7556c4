package dev.truecoding.assistant.openai;

import dev.truecoding.assistant.AssistantIdentity;
import dev.truecoding.assistant.model.ModelClient;
import dev.truecoding.assistant.model.ModelProvider;
import dev.truecoding.assistant.model.ProviderProfile;
import dev.truecoding.assistant.model.RetryPolicy;
import dev.truecoding.plan.PlanValidator;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** OpenAI and every server that speaks its Chat Completions API, with Spring AI's client on the official SDK. */
@Component
@Order(2) // the default provider is the first one configured, in this order
class OpenAiProvider implements ModelProvider {

    /** Local servers (vLLM, LM Studio) often need no key, but the SDK insists on one. */
    private static final String NO_KEY = "not-needed";

    private final OpenAiSettings settings;
    private final RetryPolicy retry;
    private final PlanValidator validator;

    OpenAiProvider(OpenAiSettings settings, RetryPolicy retry, PlanValidator validator) {
        this.settings = settings;
        this.retry = retry;
        this.validator = validator;
    }

    @Override
    public String id() {
        return "openai";
    }

    @Override
    public boolean configured() {
        return settings.hasKey() || settings.hasBaseUrl();
    }

    @Override
    public ModelClient client() {
        if (!configured()) {
            throw new IllegalStateException("ASSISTANT_PROVIDER is openai but neither OPENAI_API_KEY nor OPENAI_BASE_URL is set");
        }
        var model = OpenAiChatModel.builder().options(options().build()).build();
        var json = settings.jsonMode()
                ? options().responseFormat(OpenAiChatModel.ResponseFormat.builder()
                        .type(OpenAiChatModel.ResponseFormat.Type.JSON_OBJECT).build()).build()
                : null;
        var profile = new ProviderProfile(new AssistantIdentity("OpenAI-compatible", settings.model()),
                settings.effectiveBaseUrl(), "OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_MODEL");
        return new ModelClient(profile, model, json, new OpenAiFailures(), retry, validator);
    }

    private OpenAiChatOptions.Builder options() {
        return OpenAiChatOptions.builder()
                .apiKey(settings.hasKey() ? settings.apiKey() : NO_KEY)
                .baseUrl(settings.effectiveBaseUrl())
                .model(settings.model())
                // ModelAssistant retries itself: only before the first token, honouring retry-after.
                .maxRetries(0);
    }
}
