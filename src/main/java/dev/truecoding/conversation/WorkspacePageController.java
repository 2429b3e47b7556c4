package dev.truecoding.conversation;

import dev.truecoding.usage.UsageLedger;
import dev.truecoding.usage.UsageText;
import dev.truecoding.usage.UsageTotal;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.InvalidPlanException;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.project.PlanReview;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.project.ProjectStatus;
import dev.truecoding.assistant.ReplyChoices;
import dev.truecoding.system.Markdown;
import dev.truecoding.change.Change;
import dev.truecoding.change.ChangeStage;
import dev.truecoding.change.ChangeStatus;
import dev.truecoding.change.Changes;
import dev.truecoding.run.StageView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The workspace: chat on the left, the plan being written on the right, and the approve buttons. On a LIVE project it
 * is where the app is changed: the iteration chat, and the proposal read as a diff against the live version.
 */
@Controller
class WorkspacePageController {

    private static final String VIEW = "conversations/workspace";
    private static final String EDIT_VIEW = "conversations/planEditor";
    /** The message Planning opens with on the person's behalf when they approve the business plan. */

    private final ProjectService projects;
    private final ConversationRepository conversations;
    private final PlanReview review;
    private final ChatService chat;
    private final JsonMapper json;
    private final Markdown markdown;
    private final Changes changes;
    private final MessageSource messages;
    private final UsageLedger usageLedger;
    private final UsageText usageText;

    WorkspacePageController(ProjectService projects, ConversationRepository conversations, PlanReview review,
                            ChatService chat, JsonMapper json, Markdown markdown, Changes changes, MessageSource messages,
                            UsageLedger usageLedger, UsageText usageText) {
        this.messages = messages;
        this.usageLedger = usageLedger;
        this.usageText = usageText;
        this.changes = changes;
        this.markdown = markdown;
        this.projects = projects;
        this.conversations = conversations;
        this.review = review;
        this.chat = chat;
        this.json = json;
    }

    @GetMapping("/projects/{id}/workspace")
    String workspace(SignedInUser user, @PathVariable String id, Model model) {
        addWorkspace(user, id, model);
        return VIEW;
    }

    /** Just the messages, re-rendered (markdown, sanitized) after a streamed reply ends. */
    @GetMapping("/projects/{id}/workspace/messages")
    String messages(SignedInUser user, @PathVariable String id, Model model) {
        addWorkspace(user, id, model);
        return VIEW + " :: messages";
    }

    /** Just the plan panel, re-rendered after a reply that changed the plan. */
    @GetMapping("/projects/{id}/workspace/plan")
    String plan(SignedInUser user, @PathVariable String id, Model model) {
        addWorkspace(user, id, model);
        return VIEW + " :: plan";
    }

    @PostMapping("/projects/{id}/workspace/approve-business-plan")
    String approveBusinessPlan(SignedInUser user, @PathVariable String id, RedirectAttributes redirect,
                               @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean keepName) {
        review.approveBusinessPlan(user.id(), id, keepName);
        // Planning started by itself (PlanningStartsOnApproval); only a full chat limit leaves it waiting.
        if (chat.notStarted(id, ConversationPhase.PLANNING)) {
            redirect.addFlashAttribute("notice", notice("workspace.notice.businessApprovedLater"));
            return "redirect:/projects/" + id + "/workspace";
        }
        redirect.addFlashAttribute("notice", notice("workspace.notice.businessApproved"));
        return "redirect:/projects/" + id + "/workspace";
    }

    @PostMapping("/projects/{id}/workspace/approve-technical-plan")
    String approveTechnicalPlan(SignedInUser user, @PathVariable String id, RedirectAttributes redirect) {
        review.approveTechnicalPlan(user.id(), id);
        redirect.addFlashAttribute("notice", notice("workspace.notice.technicalApproved"));
        return "redirect:/projects/" + id;
    }

    @GetMapping("/projects/{id}/plans/{kind}/edit")
    String editPlan(SignedInUser user, @PathVariable String id, @PathVariable PlanKind kind, Model model) {
        Project project = projects.get(user.id(), id);
        Object plan = kind == PlanKind.business ? project.businessPlan() : project.technicalPlan();
        model.addAttribute("project", project);
        model.addAttribute("kind", kind);
        model.addAttribute("planJson", plan == null ? "" : json.writerWithDefaultPrettyPrinter().writeValueAsString(plan));
        model.addAttribute("violations", List.of());
        return EDIT_VIEW;
    }

    @PostMapping("/projects/{id}/plans/{kind}")
    String savePlan(SignedInUser user, @PathVariable String id, @PathVariable PlanKind kind, @RequestParam String planJson,
                    Model model, RedirectAttributes redirect) {
        try {
            var node = json.readTree(planJson);
            if (kind == PlanKind.business) {
                review.putBusinessPlan(user.id(), id, node);
            } else {
                review.putTechnicalPlan(user.id(), id, node);
            }
        } catch (InvalidPlanException invalid) {
            return planEditorWithErrors(user, id, kind, planJson, invalid.violations().stream().map(Object::toString).toList(), model);
        } catch (JacksonException malformed) {
            return planEditorWithErrors(user, id, kind, planJson, List.of("$: not valid JSON: " + malformed.getOriginalMessage()), model);
        }
        redirect.addFlashAttribute("notice", notice(kind == PlanKind.business ? "workspace.notice.businessSaved" : "workspace.notice.technicalSaved"));
        return "redirect:/projects/" + id + "/workspace";
    }

    /** A notice after a form, in the person's language (it is shown on the page the redirect leads to). */
    private String notice(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private String planEditorWithErrors(SignedInUser user, String id, PlanKind kind, String planJson, List<String> violations, Model model) {
        model.addAttribute("project", projects.get(user.id(), id));
        model.addAttribute("kind", kind);
        model.addAttribute("planJson", planJson);
        model.addAttribute("violations", violations);
        return EDIT_VIEW;
    }

    private void addWorkspace(SignedInUser user, String id, Model model) {
        Project project = projects.get(user.id(), id);
        // The name approving the business plan would give: the approval offers to keep the current one instead.
        model.addAttribute("nameOnApproval", project.status() == ProjectStatus.IDEATION
                ? projects.nameOnApproval(user.id(), id).orElse(null) : null);
        // Once an app has been live, its changes are kept; while one is applied the project is Generating, and the
        // workspace still shows that change (its run), not Planning.
        List<Change> history = project.productionUrl() == null ? List.of() : changes.forProject(user.id(), id);
        Change applying = history.stream().filter(change -> change.status() == ChangeStatus.APPLYING).findFirst().orElse(null);
        boolean iterating = project.status() == ProjectStatus.LIVE || applying != null;
        ConversationPhase phase = project.status() == ProjectStatus.IDEATION ? ConversationPhase.DISCOVERY
                : iterating ? ConversationPhase.ITERATION : ConversationPhase.PLANNING;
        boolean chatOpen = project.status() == ProjectStatus.IDEATION || project.status() == ProjectStatus.PLANNING
                || project.status() == ProjectStatus.LIVE;
        Conversation shown = conversations.findWithMessages(id).stream()
                .filter(conversation -> conversation.phase() == phase)
                .reduce((first, second) -> second).orElse(null);
        Map<String, UsageTotal> spent = shown == null ? Map.of() : usageLedger.messages(shown.id());
        List<MessageView> messages = shown == null ? List.of() : shown.messages().stream()
                .map(message -> MessageView.of(message, markdown, spent.get(message.id()), usageText)).toList();
        BusinessPlan draft = project.businessPlan() != null ? project.businessPlan()
                : conversations.findDraft(id, ConversationPhase.DISCOVERY).map(text -> json.readValue(text, BusinessPlan.class)).orElse(null);
        TechnicalPlan technical = project.technicalPlan();
        model.addAttribute("project", project);
        model.addAttribute("phase", phase.name().toLowerCase());
        model.addAttribute("chatOpen", chatOpen);
        model.addAttribute("messages", messages);
        model.addAttribute("choices", chatOpen ? lastReplyChoices(id, phase) : List.of());
        model.addAttribute("assistant", chat.assistantIdentity());
        model.addAttribute("businessPlan", draft);
        model.addAttribute("businessPlanSaved", project.businessPlan() != null);
        model.addAttribute("progress", InterviewProgress.of(draft));
        model.addAttribute("technicalPlan", technical);
        model.addAttribute("diagram", technical == null ? null : EntityDiagram.of(technical));
        model.addAttribute("erMermaid", technical == null ? null : MermaidDiagrams.entityRelationship(technical));
        model.addAttribute("architectureMermaid", technical == null ? null : MermaidDiagrams.architecture(technical));
        model.addAttribute("maxMessageLength", ChatRequest.MAX_MESSAGE_LENGTH);
        if (phase == ConversationPhase.ITERATION) {
            Change proposal = history.stream().filter(change -> change.status() == ChangeStatus.PROPOSED).findFirst().orElse(null);
            // The newest change that ran, when it is newer than any proposal: how the last apply went.
            Change ended = history.stream().filter(change -> change.status() == ChangeStatus.APPLIED
                    || change.status() == ChangeStatus.FAILED || change.status() == ChangeStatus.PREVIEW).findFirst()
                    .filter(change -> proposal == null || change.updatedAt().isAfter(proposal.createdAt())).orElse(null);
            model.addAttribute("proposal", proposal);
            // A change is proposed and refined in its iteration chat: what that chat's replies cost is the change's.
            model.addAttribute("proposalUsage", proposal == null || proposal.conversationId() == null ? null
                    : usageLedger.conversation(proposal.conversationId()));
            model.addAttribute("proposalPatch", proposal == null ? null : patchText(proposal));
            model.addAttribute("applying", applying);
            model.addAttribute("applyingAfter", applying == null ? 0 : changes.attemptStartsAfter(user.id(), applying.id()));
            model.addAttribute("changeStages", applying == null ? null : StageView.of(ChangeStage.class, applying.stage() == null ? ChangeStage.MERGING : applying.stage(),
                    applying.progress(), StageView.RunState.ACTIVE));
            model.addAttribute("lastChange", applying == null ? ended : null);
            model.addAttribute("changes", history.stream().filter(change -> change != proposal && change != applying).toList());
        }
    }

    /** Both plans' JSON Patch in one document, the business plan's only when it changed. */
    private String patchText(Change change) {
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("technicalPlan", change.diff().technicalPatch());
        if (change.diff().businessPatch() != null && !change.diff().businessPatch().isEmpty()) {
            patch.put("businessPlan", change.diff().businessPatch());
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(patch);
    }

    /** The ways on the last reply offers (skip, back, done, a question's choices), shown as buttons under the chat. */
    private List<String> lastReplyChoices(String id, ConversationPhase phase) {
        return conversations.findWithMessages(id).stream()
                .filter(conversation -> conversation.phase() == phase)
                .reduce((first, second) -> second)
                .map(Conversation::messages).orElse(List.of())
                .stream().reduce((first, second) -> second)
                .filter(message -> message.role() == MessageRole.ASSISTANT)
                .map(message -> ReplyChoices.in(message.content()))
                .orElse(List.of());
    }

    /**
     * A message as the page shows it: its markdown rendered and sanitized once, here. Its author is worded by the
     * page from its role ({@code workspace.author.<role>}), in the person's language.
     */
    record MessageView(String role, String html, String usage, String usageDetail) {
        /** @param spent the reply's row in the usage ledger, null for the person's messages (and replies before it) */
        static MessageView of(Message message, Markdown markdown, UsageTotal spent, UsageText usageText) {
            return new MessageView(message.role().name().toLowerCase(Locale.ROOT), markdown.render(message.content()),
                    spent == null ? null : String.join(", ", spent.models()) + " · " + usageText.line(spent),
                    spent == null ? null : usageText.split(spent));
        }
    }

    /** Lower-case so URLs read /plans/business/edit and /plans/technical/edit. */
    enum PlanKind { business, technical }
}
