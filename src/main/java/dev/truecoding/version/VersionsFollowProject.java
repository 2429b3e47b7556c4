package dev.truecoding.version;

import dev.truecoding.change.Change;
import dev.truecoding.change.Changes;
import dev.truecoding.deploy.Deployment;
import dev.truecoding.deploy.DeploymentService;
import dev.truecoding.generation.GenerationRun;
import dev.truecoding.generation.GenerationService;
import dev.truecoding.project.PlanApproved;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.run.RunEnded;
import dev.truecoding.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Versions follow the project, in the transactions that publish its events: an approval stores the plans as the
 * next version (so no approved plan exists without its version); a generation that committed records its commit on
 * the newest version; a deployment that went live records itself on the version whose commit it deployed (a
 * rollback too: it serves that version again); an applied change is the next version, with its commit and the
 * deployment that put it live. Plans generated as edited after their approval become a version first. A commit or deployment of no version (made before versions were kept)
 * changes nothing.
 */
@Component
class VersionsFollowProject {

    private static final Logger log = LoggerFactory.getLogger(VersionsFollowProject.class);

    /** The kind of a version made by generating plans edited after their approval. */
    static final String GENERATION = "GENERATION";
    /** The kind of a version made by a change applied to the live app (its plans, commit and deployment). */
    static final String CHANGE = "CHANGE";

    private final ProjectService projects;
    private final GenerationService generations;
    private final DeploymentService deployments;
    private final Changes changes;
    private final PlanVersionRepository versions;
    private final JsonMapper json;

    VersionsFollowProject(ProjectService projects, GenerationService generations, DeploymentService deployments,
                          Changes changes, PlanVersionRepository versions, JsonMapper json) {
        this.json = json;
        this.changes = changes;
        this.projects = projects;
        this.generations = generations;
        this.deployments = deployments;
        this.versions = versions;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PlanApproved approved) {
        Project project = projects.get(approved.userId(), approved.projectId());
        versions.insertNext(project.id(), approved.plan().name(), project.businessPlan(), project.technicalPlan());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(RunEnded ended) {
        if (ended.outcome() != RunEnded.Outcome.SUCCEEDED) {
            return;
        }
        try {
            record(ended);
        } catch (NotFoundException e) {
            // Deleted with its project while it ended: nothing to keep. Never fail the run's end over a version.
            log.warn("No plan version followed the {} run {}: {}", ended.type(), ended.runId(), e.getMessage());
        }
    }

    /**
     * A technical plan may still be edited in Connecting, after its approval, and then generated: pressing Generate
     * approves it. Those plans (they cannot change while a generation runs) become a version of their own, so a
     * version's commit is always generated from that version's plans. A project from before versions were kept
     * gets its first one this way too.
     */
    private void keepGeneratedPlans(Project project) {
        boolean same = versions.newest(project.id())
                .map(newest -> samePlans(newest, project))
                .orElse(false);
        if (!same) {
            versions.insertNext(project.id(), GENERATION, project.businessPlan(), project.technicalPlan());
        }
    }

    private boolean samePlans(PlanVersion version, Project project) {
        return json.valueToTree(version.businessPlan()).equals(json.valueToTree(project.businessPlan()))
                && json.valueToTree(version.technicalPlan()).equals(json.valueToTree(project.technicalPlan()));
    }

    private void record(RunEnded ended) {
        switch (ended.type()) {
            case GENERATION -> {
                GenerationRun run = generations.find(ended.userId(), ended.runId());
                if (run.commitSha() != null) {
                    keepGeneratedPlans(projects.get(ended.userId(), ended.projectId()));
                    versions.recordCommitOnNewest(ended.projectId(), run.commitSha());
                }
            }
            case DEPLOYMENT -> {
                Deployment deployment = deployments.find(ended.userId(), ended.runId());
                if (deployment.commitSha() != null) {
                    versions.recordDeployment(ended.projectId(), deployment.commitSha(), deployment.id());
                }
            }
            case CHANGE -> {
                // Applied: the change's end has just made its plans the project's. Its deployment ended before it
                // (a stage of the change), when no version had its commit yet, so both are recorded here.
                Change change = changes.get(ended.userId(), ended.runId());
                if (change.commitSha() != null) {
                    Project project = projects.get(ended.userId(), ended.projectId());
                    versions.insertNext(project.id(), CHANGE, project.businessPlan(), project.technicalPlan());
                    versions.recordCommitOnNewest(project.id(), change.commitSha());
                    if (change.deploymentId() != null) {
                        versions.recordDeployment(project.id(), change.commitSha(), change.deploymentId());
                    }
                }
            }
        }
    }
}
