package dev.truecoding.assistant.model;

import dev.truecoding.assistant.Assistant;
import dev.truecoding.assistant.AssistantIdentity;
import dev.truecoding.assistant.AssistantPhase;
import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.assistant.AssistantReply.Usage;
import dev.truecoding.assistant.AssistantRequest;
import dev.truecoding.assistant.TextSink;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.PlanValidator;
import dev.truecoding.plan.TechnicalPlan;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Assistant} backed by a Spring AI {@link ChatModel}: Anthropic, an OpenAI-compatible server or Ollama.
 *
 * <p>The plan-ready protocol: the phase's system prompt tells the model to end its reply with the line
 * {@value PlanReadyFilter#MARKER} once the plan is complete. The marker is removed from the streamed text;
 * when it was there, a second call (not shown to the person) asks for the plan as JSON matching the plan's
 * schema, which {@link PlanWriter} validates and has repaired.
 */
public final class ModelAssistant implements Assistant {

    private final ProviderProfile profile;
    private final ProviderCalls calls;
    private final Prompts prompts = new Prompts();
    private final PlanWriter planWriter;

    /**
     * @param jsonOptions the model's options with its JSON mode on (for writing plans), or null to use its defaults
     */
    public ModelAssistant(ProviderProfile profile, ChatModel model, ChatOptions jsonOptions, FailureClassifier classifier,
                          RetryPolicy retry, PlanValidator validator) {
        this(profile, model, jsonOptions, classifier, retry, validator, duration -> Thread.sleep(duration));
    }

    ModelAssistant(ProviderProfile profile, ChatModel model, ChatOptions jsonOptions, FailureClassifier classifier,
                   RetryPolicy retry, PlanValidator validator, ProviderCalls.Sleeper sleeper) {
        this.profile = profile;
        this.calls = new ProviderCalls(model, profile, classifier, retry, sleeper);
        this.planWriter = new PlanWriter(calls, prompts, validator, jsonOptions);
    }

    @Override
    public AssistantIdentity identity() {
        return profile.identity();
    }

    @Override
    public AssistantReply reply(AssistantRequest request, TextSink sink) {
        var filter = new PlanReadyFilter(sink);
        Usage usage = calls.stream(conversation(request), filter::accept);
        filter.finish();
        if (!filter.planReady()) {
            BusinessPlan progress = request.phase() == AssistantPhase.DISCOVERY ? request.businessPlan() : null;
            return new AssistantReply(filter.text(), progress, null, false, usage);
        }
        PlanWriter.Written written = planWriter.write(request, filter.text());
        Usage total = ProviderCalls.add(usage, written.usage());
        return switch (written.plan()) {
            case BusinessPlan business -> new AssistantReply(filter.text(), business, null, true, total);
            case TechnicalPlan technical -> new AssistantReply(filter.text(), null, technical, true, total);
            default -> throw new IllegalStateException("Not a plan: " + written.plan().getClass());
        };
    }

    private Prompt conversation(AssistantRequest request) {
        List<Message> messages = new ArrayList<>();
        messages.add(new SystemMessage(prompts.conversation(request)));
        messages.addAll(Prompts.turns(request));
        return new Prompt(messages);
    }
}
