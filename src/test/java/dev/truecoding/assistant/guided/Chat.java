package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.AssistantPhase;
import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.assistant.AssistantRequest;
import dev.truecoding.assistant.Turn;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A conversation with the guided assistant as the chat service would hold it: history in, reply out. */
final class Chat {

    private final GuidedAssistant assistant = new GuidedAssistant();
    private final AssistantPhase phase;
    private final List<Turn> history = new ArrayList<>();
    private BusinessPlan businessPlan;
    private TechnicalPlan technicalPlan;
    private final boolean savesTechnicalPlan;

    private Chat(AssistantPhase phase, BusinessPlan businessPlan, TechnicalPlan technicalPlan, boolean savesTechnicalPlan) {
        this.phase = phase;
        this.businessPlan = businessPlan;
        this.technicalPlan = technicalPlan;
        this.savesTechnicalPlan = savesTechnicalPlan;
    }

    static Chat discovery() {
        return new Chat(AssistantPhase.DISCOVERY, null, null, false);
    }

    /** A planning chat whose caller saves each proposed plan and sends it back, as the chat service does. */
    static Chat planning(BusinessPlan businessPlan) {
        return new Chat(AssistantPhase.PLANNING, businessPlan, null, true);
    }

    /** A planning chat whose caller never saves the plan: the assistant must replay the history. */
    static Chat planningWithoutSaving(BusinessPlan businessPlan) {
        return new Chat(AssistantPhase.PLANNING, businessPlan, null, false);
    }

    static Chat iteration(BusinessPlan businessPlan, TechnicalPlan live) {
        // the live plan stays the start of every message: the change is applied only when the person says so
        return new Chat(AssistantPhase.ITERATION, businessPlan, live, false);
    }

    AssistantReply send(String message) {
        StringBuilder streamed = new StringBuilder();
        List<String> chunks = new ArrayList<>();
        AssistantReply reply = assistant.reply(
                new AssistantRequest(phase, history, message, businessPlan, technicalPlan),
                chunk -> {
                    chunks.add(chunk);
                    streamed.append(chunk);
                });
        assertThat(streamed.toString()).isEqualTo(reply.text());
        assertThat(reply.text()).isNotBlank();
        history.add(new Turn(Turn.Role.USER, message));
        history.add(new Turn(Turn.Role.ASSISTANT, reply.text()));
        if (savesTechnicalPlan && reply.technicalPlan() != null) {
            technicalPlan = reply.technicalPlan();
        }
        return reply;
    }

    /** Sends every message and returns the last reply. */
    AssistantReply sendAll(String... messages) {
        AssistantReply last = null;
        for (String message : messages) {
            last = send(message);
        }
        return last;
    }
}
