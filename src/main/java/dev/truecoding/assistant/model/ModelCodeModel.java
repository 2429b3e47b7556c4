package dev.truecoding.assistant.model;

import dev.truecoding.assistant.AssistantIdentity;
import dev.truecoding.assistant.CodeModel;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.Prompt;

import java.util.List;

/**
 * A {@link CodeModel} on the provider's chat client. The answer still streams on the wire, since a long answer
 * (several files of code) sent in one piece risks the providers' request timeouts; the caller gets it whole.
 */
final class ModelCodeModel implements CodeModel {

    private final ProviderProfile profile;
    private final ProviderCalls calls;

    ModelCodeModel(ProviderProfile profile, ChatModel model, FailureClassifier classifier, RetryPolicy retry,
                   ProviderCalls.Sleeper sleeper) {
        this.profile = profile;
        this.calls = new ProviderCalls(model, profile, classifier, retry, sleeper);
    }

    @Override
    public AssistantIdentity identity() {
        return profile.identity();
    }

    @Override
    public Answer complete(String systemPrompt, String userPrompt) {
        Prompt prompt = new Prompt(List.of(new SystemMessage(systemPrompt), new UserMessage(userPrompt)));
        ProviderCalls.Answer answer = calls.whole(prompt);
        return new Answer(answer.text(), answer.usage());
    }
}
