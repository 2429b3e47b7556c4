package dev.truecoding.assistant;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;

import java.util.List;
import java.util.Locale;

/**
 * @param phase         what the conversation is for
 * @param history       the conversation so far, oldest first, without {@code message}
 * @param message       the person's new message
 * @param businessPlan  the project's saved BusinessPlan, if any (PLANNING and ITERATION start from it)
 * @param technicalPlan the project's saved TechnicalPlan, if any
 * @param locale        the language the person's browser asks for (Accept-Language), if known; an assistant that
 *                      tells the language from the messages uses it only when they do not tell
 */
public record AssistantRequest(
        AssistantPhase phase,
        List<Turn> history,
        String message,
        BusinessPlan businessPlan,
        TechnicalPlan technicalPlan,
        Locale locale) {

    public AssistantRequest {
        history = List.copyOf(history);
    }

    public AssistantRequest(AssistantPhase phase, List<Turn> history, String message, BusinessPlan businessPlan,
                            TechnicalPlan technicalPlan) {
        this(phase, history, message, businessPlan, technicalPlan, null);
    }
}
