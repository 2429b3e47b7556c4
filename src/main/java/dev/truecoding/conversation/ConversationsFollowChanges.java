package dev.truecoding.conversation;

import dev.truecoding.change.ChangeEnded;
import dev.truecoding.change.ChangeStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An iteration chat ends with its change: COMPLETED when the change is applied, ABANDONED when it is discarded
 * (a failed change leaves it open, to ask again). In the transaction that recorded the change's end.
 */
@Component
class ConversationsFollowChanges {

    private final ConversationRepository conversations;

    ConversationsFollowChanges(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ChangeEnded ended) {
        if (ended.conversationId() == null) {
            return;
        }
        if (ended.status() == ChangeStatus.APPLIED) {
            conversations.finish(ended.conversationId(), ConversationStatus.COMPLETED);
        } else if (ended.status() == ChangeStatus.DISCARDED) {
            conversations.finish(ended.conversationId(), ConversationStatus.ABANDONED);
        }
    }
}
