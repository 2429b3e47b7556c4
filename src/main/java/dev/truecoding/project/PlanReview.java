package dev.truecoding.project;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.PlanValidator;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.system.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person's own edits and approvals of the plans. Edits are validated like any plan; approving a plan moves
 * the project on and publishes {@link PlanApproved} (the chats of the phases it ends are completed on it).
 */
@Service
public class PlanReview {

    private static final Set<ProjectStatus> BUSINESS_PLAN_EDITABLE = EnumSet.of(ProjectStatus.IDEATION, ProjectStatus.PLANNING);
    private static final Set<ProjectStatus> TECHNICAL_PLAN_EDITABLE =
            EnumSet.of(ProjectStatus.IDEATION, ProjectStatus.PLANNING, ProjectStatus.CONNECTING);

    private final ProjectService projects;
    private final PlanValidator validator;
    private final ApplicationEventPublisher events;

    PlanReview(ProjectService projects, PlanValidator validator, ApplicationEventPublisher events) {
        this.projects = projects;
        this.validator = validator;
        this.events = events;
    }

    @Transactional
    public Project putBusinessPlan(String userId, String projectId, JsonNode body) {
        requireStatus(projects.get(userId, projectId), BUSINESS_PLAN_EDITABLE, "edit the business plan");
        return projects.saveBusinessPlan(userId, projectId, validator.parse(BusinessPlan.class, body));
    }

    @Transactional
    public Project putTechnicalPlan(String userId, String projectId, JsonNode body) {
        requireStatus(projects.get(userId, projectId), TECHNICAL_PLAN_EDITABLE, "edit the technical plan");
        return projects.saveTechnicalPlan(userId, projectId, validator.parse(TechnicalPlan.class, body));
    }

    /** IDEATION → PLANNING; the project takes the plan's name unless the person renamed it. */
    @Transactional
    public Project approveBusinessPlan(String userId, String projectId) {
        return approveBusinessPlan(userId, projectId, false);
    }

    /**
     * IDEATION → PLANNING; the project (and a repository it already has) takes the plan's name unless the person
     * renamed it or, with {@code keepName}, chose at approval to keep the name it has.
     */
    @Transactional
    public Project approveBusinessPlan(String userId, String projectId, boolean keepName) {
        Project project = projects.get(userId, projectId);
        checkApprovable(project.businessPlan(), "There is no business plan to approve yet: finish the interview or put one.");
        if (!keepName) {
            projects.nameFromPlan(userId, projectId, project.businessPlan().name());
        }
        Project moved = projects.moveTo(userId, projectId, ProjectStatus.PLANNING);
        events.publishEvent(new PlanApproved(userId, projectId, PlanApproved.Plan.BUSINESS));
        return moved;
    }

    /**
     * PLANNING → CONNECTING. A person who brings their own technical plan may approve it straight from
     * IDEATION, skipping the chats.
     */
    @Transactional
    public Project approveTechnicalPlan(String userId, String projectId) {
        Project project = projects.get(userId, projectId);
        checkApprovable(project.technicalPlan(), "There is no technical plan to approve yet: plan it in the chat or put one.");
        if (project.status() == ProjectStatus.IDEATION) {
            projects.moveTo(userId, projectId, ProjectStatus.PLANNING);
        }
        Project moved = projects.moveTo(userId, projectId, ProjectStatus.CONNECTING);
        events.publishEvent(new PlanApproved(userId, projectId, PlanApproved.Plan.TECHNICAL));
        return moved;
    }

    /** Only a plan that exists and is valid now (the rules may have changed since it was saved) is approved. */
    private void checkApprovable(Object plan, String missing) {
        if (plan == null) {
            throw new ConflictException(missing);
        }
        validator.check(plan);
    }

    private static void requireStatus(Project project, Set<ProjectStatus> allowed, String action) {
        if (!allowed.contains(project.status())) {
            throw new ConflictException("You cannot " + action + " while the project " + project.statusPhrase() + ".");
        }
    }
}
