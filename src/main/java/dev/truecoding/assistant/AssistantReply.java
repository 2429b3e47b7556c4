package dev.truecoding.assistant;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.Renames;
import dev.truecoding.plan.TechnicalPlan;

/**
 * The complete reply.
 *
 * @param text          everything streamed to the sink, concatenated (markdown)
 * @param businessPlan  DISCOVERY: the plan as far as the interview got (parts not yet answered are null or empty),
 *                      so the page can show progress; ITERATION: the proposed BusinessPlan when the
 *                      change adds to it (a new entity's feature); null otherwise
 * @param technicalPlan PLANNING and ITERATION: the proposed TechnicalPlan after this message; null when unchanged.
 *                      The guided assistant's ITERATION reply always carries the whole proposal: the live plan
 *                      (the request's technicalPlan, which the caller leaves as it is) plus every request of the
 *                      conversation — the live plan itself while nothing differs from it
 * @param planReady     true when the plan of this phase is complete and proposed to the person (the seed's
 *                      {@code plan_ready} event); in ITERATION from the guided assistant, when the proposal differs
 *                      from the live plan
 * @param usage         tokens used, as the provider counted them (the guided assistant, which runs no model, 0)
 * @param renames       ITERATION: the entities and fields the conversation renamed so far (so a change moves their
 *                      data rather than dropping and adding), {@link Renames#NONE} when none or not known
 */
public record AssistantReply(
        String text,
        BusinessPlan businessPlan,
        TechnicalPlan technicalPlan,
        boolean planReady,
        Usage usage,
        Renames renames) {

    public AssistantReply {
        renames = renames == null ? Renames.NONE : renames;
    }

    public AssistantReply(String text, BusinessPlan businessPlan, TechnicalPlan technicalPlan, boolean planReady, Usage usage) {
        this(text, businessPlan, technicalPlan, planReady, usage, Renames.NONE);
    }

    public record Usage(int inputTokens, int outputTokens) {
    }
}
