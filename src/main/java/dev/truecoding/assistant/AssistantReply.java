package dev.truecoding.assistant;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;

/**
 * The complete reply.
 *
 * @param text          everything streamed to the sink, concatenated (markdown)
 * @param businessPlan  DISCOVERY: the plan as far as the interview got (parts not yet answered are null or empty),
 *                      so the page can show progress; null in other phases
 * @param technicalPlan PLANNING and ITERATION: the proposed TechnicalPlan after this message; null when unchanged
 * @param planReady     true when the plan of this phase is complete and proposed to the person (the seed's
 *                      {@code plan_ready} event)
 * @param usage         tokens used, as the provider counted them (the guided assistant counts words)
 */
public record AssistantReply(
        String text,
        BusinessPlan businessPlan,
        TechnicalPlan technicalPlan,
        boolean planReady,
        Usage usage) {

    public record Usage(int inputTokens, int outputTokens) {
    }
}
