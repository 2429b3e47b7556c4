package dev.truecoding.conversation;

import dev.truecoding.account.AccountService;
import dev.truecoding.project.PlanApproved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Planning starts by itself: once the business plan is approved (on the page or through the API), the assistant
 * derives the technical plan right away, instead of waiting for the person's first Planning message. After the
 * approval commits and outside its transaction, since the chat stores each message as it goes; in the approving
 * request, so the plan is there when the page (or the API call) returns.
 */
@Component
class PlanningStartsOnApproval {

    static final String KICKOFF = "Plan the app from the approved business plan.";
    private static final Logger log = LoggerFactory.getLogger(PlanningStartsOnApproval.class);

    private final ChatService chat;
    private final AccountService accounts;

    PlanningStartsOnApproval(ChatService chat, AccountService accounts) {
        this.chat = chat;
        this.accounts = accounts;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(PlanApproved approved) {
        if (approved.plan() != PlanApproved.Plan.BUSINESS || !chat.notStarted(approved.projectId(), ConversationPhase.PLANNING)) {
            return;
        }
        var person = accounts.findById(approved.userId());
        if (person.isEmpty()) {
            return;
        }
        try {
            chat.sendAndWait(person.get(), new ChatRequest(approved.projectId(), KICKOFF, "planning"));
        } catch (TooManyMessagesException busy) {
            // The approval stands; the person asks for the plan in the chat once the limit allows.
            log.info("Planning of project {} waits for a message: the chat limit was reached", approved.projectId());
        }
    }
}
