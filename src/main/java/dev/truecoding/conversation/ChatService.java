package dev.truecoding.conversation;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.assistant.Assistant;
import dev.truecoding.assistant.AssistantIdentity;
import dev.truecoding.assistant.AssistantPhase;
import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.assistant.AssistantRequest;
import dev.truecoding.assistant.AssistantUnavailableException;
import dev.truecoding.assistant.Turn;
import dev.truecoding.change.Change;
import dev.truecoding.change.Changes;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.InvalidPlanException;
import dev.truecoding.plan.PlanValidator;
import dev.truecoding.plan.PlanViolation;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.project.ProjectStatus;
import dev.truecoding.system.ConflictException;
import dev.truecoding.system.Phrase;
import dev.truecoding.system.Phrases;
import dev.truecoding.usage.Tokens;
import dev.truecoding.usage.UsageLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One chat message, start to end. {@link #prepare} runs in the request: it checks everything and stores the
 * person's message before the assistant is called, so a failure later never loses it. {@link #answer} streams
 * the assistant's reply and stores it only once it is complete; a plan is saved only when it is valid.
 */
@Service
public class ChatService {

    private static final Logger log = LoggerFactory.getLogger(ChatService.class);

    private final ProjectService projects;
    private final ConversationRepository conversations;
    private final Assistant assistant;
    private final PlanValidator planValidator;
    private final ChatRateLimiter rateLimiter;
    private final Changes changes;
    private final JsonMapper json;
    private final UsageLedger usage;
    private final TransactionTemplate transactions;
    private final MessageSource messages;

    ChatService(ProjectService projects, ConversationRepository conversations, Assistant assistant,
                PlanValidator planValidator, ChatRateLimiter rateLimiter, Changes changes, JsonMapper json,
                UsageLedger usage, TransactionTemplate transactions, MessageSource messages) {
        this.json = json;
        this.usage = usage;
        this.transactions = transactions;
        this.messages = messages;
        this.changes = changes;
        this.projects = projects;
        this.conversations = conversations;
        this.assistant = assistant;
        this.planValidator = planValidator;
        this.rateLimiter = rateLimiter;
    }

    public AssistantIdentity assistantIdentity() {
        return assistant.identity();
    }

    /**
     * Sends a message and waits for the whole reply, for steps that start a conversation on the person's behalf
     * (the idea from the home page, Planning right after approval). The stream's events are not needed: the reply,
     * or what went wrong, is stored in the conversation either way.
     */
    void sendAndWait(SignedInUser user, ChatRequest request) {
        answer(prepare(user, request), event -> {
        });
    }

    /** Whether the phase's conversation has no message yet (so it may be started for the person). */
    boolean notStarted(String projectId, ConversationPhase phase) {
        return conversations.findActive(projectId, phase).map(id -> conversations.messages(id).isEmpty()).orElse(true);
    }

    PreparedChat prepare(SignedInUser user, ChatRequest request) {
        return prepare(user, request, null);
    }

    /** @param locale the request's locale (Accept-Language), handed to the assistant as a hint */
    PreparedChat prepare(SignedInUser user, ChatRequest request, Locale locale) {
        Project project = projects.get(user.id(), request.projectId());
        ConversationPhase phase = request.conversationPhase();
        requirePhaseMatchesProject(project, phase);
        long wait = rateLimiter.tryAcquire(user.id());
        if (wait > 0) {
            throw new TooManyMessagesException(wait);
        }
        String conversationId = conversations.findActive(project.id(), phase)
                .orElseGet(() -> conversations.create(project.id(), phase));
        List<Turn> history = conversations.messages(conversationId).stream()
                .filter(message -> message.role() != MessageRole.SYSTEM)
                .map(message -> new Turn(message.role() == MessageRole.USER ? Turn.Role.USER : Turn.Role.ASSISTANT, message.content()))
                .toList();
        conversations.addMessage(conversationId, MessageRole.USER, request.message(), null, null);
        return new PreparedChat(user.id(), project, conversationId, phase, history, request.message(), locale);
    }

    /**
     * The reply (the seed's tokenCount: the tokens the model wrote) and its row in the usage ledger (tokens read
     * and written, priced when shown) in one transaction, so a reply is never stored without what it cost.
     */
    private void storeReply(PreparedChat chat, AssistantReply reply) {
        String model = assistant.identity().model();
        Tokens tokens = reply.usage() == null ? Tokens.NONE
                : new Tokens(reply.usage().inputTokens(), reply.usage().outputTokens());
        transactions.executeWithoutResult(status -> {
            Message stored = conversations.addMessage(chat.conversationId(), MessageRole.ASSISTANT, reply.text(),
                    Math.toIntExact(tokens.output()), model);
            usage.record(new UsageLedger.Entry(chat.project().id(), chat.conversationId(), stored.id(), null,
                    UsageLedger.Purpose.CHAT, model, tokens));
        });
    }

    void answer(PreparedChat chat, Consumer<ChatStreamEvent> events) {
        Project project = chat.project();
        TechnicalPlan given = planToRefine(chat);
        var request = new AssistantRequest(AssistantPhase.valueOf(chat.phase().name()), chat.history(), chat.message(),
                project.businessPlan(), given, chat.locale());
        AssistantReply reply;
        try {
            reply = assistant.reply(request, chunk -> events.accept(ChatStreamEvent.text(chunk)));
        } catch (AssistantUnavailableException | InvalidPlanException e) {
            fail(chat, events, describe(chat, e));
            return;
        } catch (RuntimeException | LinkageError | AssertionError e) {
            // A bug in an assistant must end the stream with a message, not leave the person waiting.
            log.error("Assistant failed on project {}", project.id(), e);
            fail(chat, events, say(chat, Phrase.of("chat.error.unexpected")));
            return;
        }
        storeReply(chat, reply);
        if (chat.phase() == ConversationPhase.DISCOVERY && reply.businessPlan() != null) {
            conversations.saveDraft(chat.conversationId(), json.writeValueAsString(reply.businessPlan()));
        }
        try {
            if (chat.phase() == ConversationPhase.ITERATION) {
                Change change = proposeChange(chat, reply, given);
                if (change != null) {
                    events.accept(ChatStreamEvent.changeProposed(change.technicalPlan(), change.id(), change.summary()));
                }
            } else {
                Object plan = saveProposedPlan(chat, reply);
                if (plan != null && reply.planReady()) {
                    events.accept(ChatStreamEvent.planReady(plan));
                }
            }
        } catch (InvalidPlanException e) {
            fail(chat, events, describe(chat, e));
            return;
        } catch (ConflictException e) {
            fail(chat, events, e.phrase() == null ? e.getMessage() : say(chat, e.phrase()));
            return;
        }
        events.accept(ChatStreamEvent.done(chat.phase() == ConversationPhase.DISCOVERY && !reply.planReady() ? reply.businessPlan() : null));
    }

    /**
     * In an iteration chat the plan the assistant edits is the conversation's proposal so far (each message refines
     * it); the project's own plan until there is one. Elsewhere it is the project's plan.
     */
    private TechnicalPlan planToRefine(PreparedChat chat) {
        if (chat.phase() != ConversationPhase.ITERATION) {
            return chat.project().technicalPlan();
        }
        return changes.proposedIn(chat.userId(), chat.conversationId()).map(Change::technicalPlan)
                .orElse(chat.project().technicalPlan());
    }

    /**
     * The assistant's plan becomes the conversation's PROPOSED change (validated first); the project's plan stays
     * as it is until the change is applied. A reply that edits nothing (help, "show plan") proposes nothing.
     */
    private Change proposeChange(PreparedChat chat, AssistantReply reply, TechnicalPlan given) {
        TechnicalPlan proposed = reply.technicalPlan();
        if (proposed == null || json.writeValueAsString(proposed).equals(json.writeValueAsString(given))) {
            return null;
        }
        planValidator.check(proposed);
        // a change that adds an entity adds its feature: the proposal carries both plans (null: business plan as is)
        BusinessPlan business = reply.businessPlan();
        return changes.propose(chat.userId(), chat.project().id(), chat.conversationId(), proposed, business, reply.renames());
    }

    private Object saveProposedPlan(PreparedChat chat, AssistantReply reply) {
        if (chat.phase() == ConversationPhase.DISCOVERY) {
            if (!reply.planReady() || reply.businessPlan() == null) {
                return null;
            }
            planValidator.check(reply.businessPlan());
            projects.saveBusinessPlan(chat.userId(), chat.project().id(), reply.businessPlan());
            return reply.businessPlan();
        }
        if (reply.technicalPlan() == null) {
            return null;
        }
        planValidator.check(reply.technicalPlan());
        projects.saveTechnicalPlan(chat.userId(), chat.project().id(), reply.technicalPlan());
        return reply.technicalPlan();
    }

    /** What went wrong is kept in the conversation as a SYSTEM message, so the history tells the whole story. */
    private void fail(PreparedChat chat, Consumer<ChatStreamEvent> events, String message) {
        conversations.addMessage(chat.conversationId(), MessageRole.SYSTEM, message, null, null);
        events.accept(ChatStreamEvent.error(message));
    }

    private String describe(PreparedChat chat, RuntimeException e) {
        if (e instanceof InvalidPlanException invalid) {
            return say(chat, Phrase.of("chat.error.invalidPlan", invalid.violations().stream()
                    .limit(5).map(PlanViolation::toString).collect(Collectors.joining("; "))));
        }
        return e.getMessage();
    }

    /** Said in the language of the request that sent the message (English when it named none). */
    private String say(PreparedChat chat, Phrase phrase) {
        return Phrases.format(messages, phrase, chat.locale() == null ? Locale.ENGLISH : chat.locale());
    }

    private static void requirePhaseMatchesProject(Project project, ConversationPhase phase) {
        ProjectStatus needed = switch (phase) {
            case DISCOVERY -> ProjectStatus.IDEATION;
            case PLANNING -> ProjectStatus.PLANNING;
            case ITERATION -> ProjectStatus.LIVE;
        };
        if (project.status() != needed) {
            Phrase now = project.status() == ProjectStatus.FAILED && project.failedPhase() != null
                    ? Phrase.of("chat.project.failedDuring", Phrase.of("project.status." + project.failedPhase().name()))
                    : Phrase.of("chat.project.isIn", Phrase.of("project.status." + project.status().name()));
            throw new ConflictException(Phrase.of("chat.error.wrongPhase", now, Phrase.of("chat.phase." + phase.name()),
                    Phrase.of("project.status." + needed.name())));
        }
    }

    record PreparedChat(String userId, Project project, String conversationId, ConversationPhase phase,
                        List<Turn> history, String message, Locale locale) {
    }
}
