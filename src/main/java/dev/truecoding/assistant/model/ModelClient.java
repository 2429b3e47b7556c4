package dev.truecoding.assistant.model;

import dev.truecoding.assistant.Assistant;
import dev.truecoding.assistant.CodeModel;
import dev.truecoding.plan.PlanValidator;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.ChatOptions;

/**
 * A provider's client, built once from its settings: the chat {@link Assistant} and the {@link CodeModel} both
 * call this one {@link ChatModel}, so they share its connections and settings.
 *
 * @param jsonOptions the model's options with its JSON mode on (for writing plans), or null to use its defaults
 */
public record ModelClient(ProviderProfile profile, ChatModel model, ChatOptions jsonOptions, FailureClassifier classifier,
                          RetryPolicy retry, PlanValidator validator) {

    public Assistant assistant() {
        return new ModelAssistant(profile, model, jsonOptions, classifier, retry, validator);
    }

    public CodeModel codeModel() {
        return new ModelCodeModel(profile, model, classifier, retry, duration -> Thread.sleep(duration));
    }
}
