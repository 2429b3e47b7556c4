package dev.truecoding.project;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.system.Phrase;
import dev.truecoding.system.ConflictException;
import dev.truecoding.system.Ids;
import dev.truecoding.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The public API of projects: every method takes the owner's id, and another owner's project is "not found". */
@Service
public class ProjectService {

    private final ProjectRepository projects;

    ProjectService(ProjectRepository projects) {
        this.projects = projects;
    }

    public List<ProjectSummary> list(String userId) {
        return projects.findSummaries(userId);
    }

    public Project get(String userId, String projectId) {
        return projects.find(userId, projectId).orElseThrow(() -> new NotFoundException("Project"));
    }

    /** The owner's project whose code lives in this repository on this host, if any (the repository page links to it). */
    public Optional<Project> findByRepository(String userId, String host, String owner, String name) {
        return projects.findByRepository(userId, host, owner, name);
    }

    @Transactional
    public Project create(String userId, String name) {
        return projects.insert(Ids.newId(), userId, name);
    }

    @Transactional
    public Project rename(String userId, String projectId, String name) {
        if (!projects.rename(userId, projectId, name)) {
            throw new NotFoundException("Project");
        }
        return get(userId, projectId);
    }

    /**
     * The business plan's product name becomes the project's, as long as the project carries the name it was
     * created with (typed at the start, or derived from the idea); a name the person gave by renaming stays.
     * No repository exists before the plans are approved, so the repository made later takes the same name.
     */
    @Transactional
    public Project nameFromPlan(String userId, String projectId, String planName) {
        get(userId, projectId);
        usableName(planName).ifPresent(name -> projects.nameFromPlan(userId, projectId, name));
        return get(userId, projectId);
    }

    /**
     * The name approving the business plan would give the project, when it would change it: what the approval
     * offers to keep or take. Empty for a project the person renamed, or one already named so.
     */
    public Optional<String> nameOnApproval(String userId, String projectId) {
        Project project = get(userId, projectId);
        if (project.businessPlan() == null || !projects.neverRenamed(projectId)) {
            return Optional.empty();
        }
        return usableName(project.businessPlan().name()).filter(name -> !name.equals(project.name()));
    }

    /** Held to what a person may type as a name (ProjectName): a plan is validated, but not for pages. */
    private static Optional<String> usableName(String planName) {
        String name = planName == null ? "" : planName.strip().replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ");
        return name.isEmpty() || name.length() > ProjectName.MAX_LENGTH ? Optional.empty() : Optional.of(name);
    }

    /** Conversations, messages, files and deployments go with it (the seed's ON DELETE CASCADE). */
    @Transactional
    public void delete(String userId, String projectId) {
        if (!projects.delete(userId, projectId)) {
            throw new NotFoundException("Project");
        }
    }

    /**
     * Moves a project along its status machine. An illegal move is a {@link ConflictException} and changes
     * nothing; so does a move that loses a race with another one.
     */
    @Transactional
    public Project moveTo(String userId, String projectId, ProjectStatus target) {
        Project project = get(userId, projectId);
        ProjectStatus from = project.status();
        if (!from.canMoveTo(target, project.failedPhase())) {
            throw new ConflictException(describeIllegalMove(project, target));
        }
        ProjectStatus failedPhase = target == ProjectStatus.FAILED ? from : null;
        if (!projects.updateStatus(projectId, from, target, failedPhase)) {
            throw new ConflictException(Phrase.of("project.refusal.changedMeanwhile"));
        }
        return get(userId, projectId);
    }

    /** Where the project's app lives: its host ({@code builtin}, {@code github}) and the repository there. */
    @Transactional
    public Project recordRepository(String userId, String projectId, String host, String owner, String name, String url) {
        get(userId, projectId);
        projects.saveRepository(projectId, host, owner, name, url);
        return get(userId, projectId);
    }

    /** The app went live at {@code productionUrl} (the seed's production_url and last_deploy_at). */
    @Transactional
    public Project recordDeployment(String userId, String projectId, String productionUrl, java.time.Instant at) {
        get(userId, projectId);
        projects.saveDeployment(projectId, productionUrl, at);
        return get(userId, projectId);
    }

    /** The Vercel project the app deploys to (the seed's vercel_project_id and vercel_team_id). */
    @Transactional
    public Project recordVercelProject(String userId, String projectId, String vercelProjectId, String vercelTeamId) {
        get(userId, projectId);
        projects.saveVercelProject(projectId, vercelProjectId, vercelTeamId);
        return get(userId, projectId);
    }

    @Transactional
    public Project saveBusinessPlan(String userId, String projectId, BusinessPlan plan) {
        get(userId, projectId);
        projects.saveBusinessPlan(projectId, plan);
        return get(userId, projectId);
    }

    @Transactional
    public Project saveTechnicalPlan(String userId, String projectId, TechnicalPlan plan) {
        get(userId, projectId);
        projects.saveTechnicalPlan(projectId, plan);
        return get(userId, projectId);
    }

    private static String describeIllegalMove(Project project, ProjectStatus target) {
        return "Project '" + project.name() + "' " + project.statusPhrase() + " and cannot move to " + target.label() + ".";
    }
}
