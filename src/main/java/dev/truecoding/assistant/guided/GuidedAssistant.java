package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.Assistant;
import dev.truecoding.assistant.AssistantIdentity;
import dev.truecoding.assistant.AssistantPhase;
import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.assistant.AssistantRequest;
import dev.truecoding.assistant.TextSink;
import dev.truecoding.assistant.Turn;

import java.util.List;

/**
 * The built-in assistant: a deterministic interview (DISCOVERY) and planner (PLANNING, ITERATION) that needs no
 * network and no key. It keeps no state: each reply is computed from the request alone, by replaying the person's
 * earlier messages, so the same conversation always gives the same text and the same plan.
 */
final class GuidedAssistant implements Assistant {

    static final AssistantIdentity IDENTITY = new AssistantIdentity("Guided assistant", "guided");
    /** No model runs, so nothing is spent: stored messages say 0 tokens and model "guided". */
    private static final AssistantReply.Usage NO_TOKENS = new AssistantReply.Usage(0, 0);

    @Override
    public AssistantIdentity identity() {
        return IDENTITY;
    }

    @Override
    public AssistantReply reply(AssistantRequest request, TextSink sink) {
        AssistantReply reply = compute(request);
        WordStream.send(reply.text(), sink);
        return reply;
    }

    private static AssistantReply compute(AssistantRequest request) {
        List<String> earlier = request.history().stream()
                .filter(turn -> turn.role() == Turn.Role.USER)
                .map(Turn::content)
                .toList();
        String message = request.message() == null ? "" : request.message();
        if (request.phase() == null || request.phase() == AssistantPhase.DISCOVERY) {
            DiscoveryInterview.Outcome outcome = DiscoveryInterview.run(earlier, message, Language.of(request.locale()));
            return new AssistantReply(outcome.text(), outcome.plan(), null, outcome.planReady(), NO_TOKENS);
        }
        PlanningConversation.Outcome outcome = PlanningConversation.run(request.phase(), request.businessPlan(),
                request.technicalPlan(), earlier, message);
        return new AssistantReply(outcome.text(), outcome.businessPlan(), outcome.plan(), outcome.ready(),
                NO_TOKENS, outcome.renames());
    }
}
