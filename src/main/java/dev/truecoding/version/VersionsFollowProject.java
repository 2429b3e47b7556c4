package dev.truecoding.version;

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

/**
 * Versions follow the project, in the transactions that publish its events: an approval stores the plans as the
 * next version (so no approved plan exists without its version); a generation that committed records its commit on
 * the newest version; a deployment that went live records itself on the version whose commit it deployed (a
 * rollback too: it serves that version again). A commit or deployment of no version (made before versions were kept)
 * changes nothing.
 */
@Component
class VersionsFollowProject {

    private static final Logger log = LoggerFactory.getLogger(VersionsFollowProject.class);

    private final ProjectService projects;
    private final GenerationService generations;
    private final DeploymentService deployments;
    private final PlanVersionRepository versions;

    VersionsFollowProject(ProjectService projects, GenerationService generations, DeploymentService deployments,
                          PlanVersionRepository versions) {
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

    private void record(RunEnded ended) {
        switch (ended.type()) {
            case GENERATION -> {
                GenerationRun run = generations.find(ended.userId(), ended.runId());
                if (run.commitSha() != null) {
                    versions.recordCommitOnNewest(ended.projectId(), run.commitSha());
                }
            }
            case DEPLOYMENT -> {
                Deployment deployment = deployments.find(ended.userId(), ended.runId());
                if (deployment.commitSha() != null) {
                    versions.recordDeployment(ended.projectId(), deployment.commitSha(), deployment.id());
                }
            }
        }
    }
}
