package dev.truecoding.conversation;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.PlanValidator;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.project.ProjectStatus;
import dev.truecoding.system.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person's own edits and approvals of the plans. Edits are validated like any plan; approving a plan
 * completes its phase's conversation and moves the project on.
 */
@Service
class PlanReviewService {

    private static final Set<ProjectStatus> BUSINESS_PLAN_EDITABLE = EnumSet.of(ProjectStatus.IDEATION, ProjectStatus.PLANNING);
    private static final Set<ProjectStatus> TECHNICAL_PLAN_EDITABLE =
            EnumSet.of(ProjectStatus.IDEATION, ProjectStatus.PLANNING, ProjectStatus.CONNECTING);

    private final ProjectService projects;
    private final ConversationRepository conversations;
    private final PlanValidator validator;

    PlanReviewService(ProjectService projects, ConversationRepository conversations, PlanValidator validator) {
        this.projects = projects;
        this.conversations = conversations;
        this.validator = validator;
    }

    @Transactional
    Project putBusinessPlan(String userId, String projectId, JsonNode body) {
        requireStatus(projects.get(userId, projectId), BUSINESS_PLAN_EDITABLE, "edit the business plan");
        return projects.saveBusinessPlan(userId, projectId, validator.parse(BusinessPlan.class, body));
    }

    @Transactional
    Project putTechnicalPlan(String userId, String projectId, JsonNode body) {
        requireStatus(projects.get(userId, projectId), TECHNICAL_PLAN_EDITABLE, "edit the technical plan");
        return projects.saveTechnicalPlan(userId, projectId, validator.parse(TechnicalPlan.class, body));
    }

    /** IDEATION → PLANNING. */
    @Transactional
    Project approveBusinessPlan(String userId, String projectId) {
        Project project = projects.get(userId, projectId);
        if (project.businessPlan() == null) {
            throw new ConflictException("There is no business plan to approve yet: finish the interview or put one.");
        }
        validator.check(project.businessPlan());
        Project moved = projects.moveTo(userId, projectId, ProjectStatus.PLANNING);
        conversations.complete(projectId, ConversationPhase.DISCOVERY);
        return moved;
    }

    /**
     * PLANNING → CONNECTING. A person who brings their own technical plan may approve it straight from
     * IDEATION, skipping the chats.
     */
    @Transactional
    Project approveTechnicalPlan(String userId, String projectId) {
        Project project = projects.get(userId, projectId);
        if (project.technicalPlan() == null) {
            throw new ConflictException("There is no technical plan to approve yet: plan it in the chat or put one.");
        }
        validator.check(project.technicalPlan());
        if (project.status() == ProjectStatus.IDEATION) {
            projects.moveTo(userId, projectId, ProjectStatus.PLANNING);
            conversations.complete(projectId, ConversationPhase.DISCOVERY);
        }
        Project moved = projects.moveTo(userId, projectId, ProjectStatus.CONNECTING);
        conversations.complete(projectId, ConversationPhase.PLANNING);
        return moved;
    }

    private static void requireStatus(Project project, Set<ProjectStatus> allowed, String action) {
        if (!allowed.contains(project.status())) {
            throw new ConflictException("You cannot " + action + " while the project " + project.statusPhrase() + ".");
        }
    }
}
