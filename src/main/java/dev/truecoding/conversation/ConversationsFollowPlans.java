package dev.truecoding.conversation;

import dev.truecoding.project.PlanApproved;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** An approved plan completes the chats of the phases it ends, in the approving transaction. */
@Component
class ConversationsFollowPlans {

    private final ConversationRepository conversations;

    ConversationsFollowPlans(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PlanApproved approved) {
        conversations.complete(approved.projectId(), ConversationPhase.DISCOVERY);
        if (approved.plan() == PlanApproved.Plan.TECHNICAL) {
            conversations.complete(approved.projectId(), ConversationPhase.PLANNING);
        }
    }
}
