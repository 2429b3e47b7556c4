package dev.truecoding.assistant;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;

import java.util.List;

/**
 * @param phase         what the conversation is for
 * @param history       the conversation so far, oldest first, without {@code message}
 * @param message       the person's new message
 * @param businessPlan  the project's saved BusinessPlan, if any (PLANNING and ITERATION start from it)
 * @param technicalPlan the project's saved TechnicalPlan, if any
 */
public record AssistantRequest(
        AssistantPhase phase,
        List<Turn> history,
        String message,
        BusinessPlan businessPlan,
        TechnicalPlan technicalPlan) {

    public AssistantRequest {
        history = List.copyOf(history);
    }
}
