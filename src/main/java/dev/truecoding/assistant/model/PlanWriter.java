package dev.truecoding.assistant.model;

import dev.truecoding.assistant.AssistantPhase;
import dev.truecoding.assistant.AssistantReply.Usage;
import dev.truecoding.assistant.AssistantRequest;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.InvalidPlanException;
import dev.truecoding.plan.PlanValidator;
import dev.truecoding.plan.TechnicalPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;

import java.util.ArrayList;
import java.util.List;

/**
 * Asks the model for the phase's plan as JSON, after the conversation reached a plan, and makes sure it is
 * valid: the validator's violations go back to the model for up to {@value #REPAIRS} repair rounds; a plan
 * still invalid after them is refused with its violations.
 */
final class PlanWriter {

    static final int REPAIRS = 2;

    private static final Logger log = LoggerFactory.getLogger(PlanWriter.class);

    private final ProviderCalls calls;
    private final Prompts prompts;
    private final PlanValidator validator;
    private final ChatOptions jsonOptions;

    /** @param jsonOptions the model's options with its JSON mode switched on, or null when it has none */
    PlanWriter(ProviderCalls calls, Prompts prompts, PlanValidator validator, ChatOptions jsonOptions) {
        this.calls = calls;
        this.prompts = prompts;
        this.validator = validator;
        this.jsonOptions = jsonOptions;
    }

    record Written(Object plan, Usage usage) {
    }

    /** @throws InvalidPlanException when the model's last attempt is still invalid */
    Written write(AssistantRequest request, String reply) {
        Class<?> type = request.phase() == AssistantPhase.DISCOVERY ? BusinessPlan.class : TechnicalPlan.class;
        String planName = type == BusinessPlan.class ? "Business Plan" : "Technical Plan";
        List<Message> messages = new ArrayList<>();
        messages.add(new SystemMessage(prompts.planWriter(request, planName, validator.schema(type))));
        messages.addAll(Prompts.turns(request));
        messages.add(new AssistantMessage(reply));
        messages.add(new UserMessage(prompts.writePlan(planName)));

        Usage usage = new Usage(0, 0);
        for (int round = 0; ; round++) {
            ProviderCalls.Answer answer = calls.collect(new Prompt(List.copyOf(messages), jsonOptions));
            usage = ProviderCalls.add(usage, answer.usage());
            try {
                return new Written(validator.parse(type, JsonText.extract(answer.text())), usage);
            } catch (InvalidPlanException invalid) {
                log.info("{} from the model is invalid (round {}): {} violation(s)", planName, round + 1,
                        invalid.violations().size());
                if (round == REPAIRS) {
                    throw invalid;
                }
                messages.add(new AssistantMessage(answer.text()));
                messages.add(new UserMessage(prompts.repair(planName, invalid.violations())));
            }
        }
    }
}
