package dev.truecoding.project;

import dev.truecoding.run.RunEnded;
import dev.truecoding.run.RunType;
import dev.truecoding.system.ConflictException;
import dev.truecoding.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A project's status follows its runs: a run ends in the phase it ran in (a generation in Generating, a
 * deployment in Deploying), and the project moves on to the next phase when it succeeded, or to FAILED
 * (remembering the phase) when it failed. A project no longer in that phase stays where it is: a live app whose
 * redeploy failed stays live on its previous deployment. The move is part of the transaction that ended the run,
 * so nobody sees a finished run with its project still in the old phase.
 */
@Component
class ProjectStatusFollowsRuns {

    private static final Logger log = LoggerFactory.getLogger(ProjectStatusFollowsRuns.class);

    private final ProjectService projects;

    ProjectStatusFollowsRuns(ProjectService projects) {
        this.projects = projects;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(RunEnded ended) {
        if (ended.partOf() != null) {
            return; // a stage of another run (a change's deployment): the project follows that run
        }
        if (ended.type() == RunType.CHANGE) {
            backToLive(ended);
            return;
        }
        ProjectStatus phase = switch (ended.type()) {
            case GENERATION -> ProjectStatus.GENERATING;
            case DEPLOYMENT, CHANGE -> ProjectStatus.DEPLOYING;
        };
        ProjectStatus target = switch (ended.outcome()) {
            case SUCCEEDED -> next(phase);
            case FAILED -> ProjectStatus.FAILED;
            case CANCELED -> null;
        };
        if (target == null) {
            return;
        }
        try {
            if (projects.get(ended.userId(), ended.projectId()).status() == phase) {
                projects.moveTo(ended.userId(), ended.projectId(), target);
            }
        } catch (ConflictException | NotFoundException e) {
            log.warn("Project {} could not move to {} after its {} run: {}", ended.projectId(), target, ended.type(),
                    e.getMessage());
        }
    }

    /**
     * A change runs on a live app (Generating, then Deploying) and ends with the project Live whatever happened:
     * a failed change leaves the previous deployment serving, and the failure shows on the change.
     */
    private void backToLive(RunEnded ended) {
        try {
            ProjectStatus now = projects.get(ended.userId(), ended.projectId()).status();
            if (now == ProjectStatus.GENERATING || now == ProjectStatus.DEPLOYING) {
                projects.moveTo(ended.userId(), ended.projectId(), ProjectStatus.LIVE);
            }
        } catch (ConflictException | NotFoundException e) {
            log.warn("Project {} could not go back to LIVE after its change {}: {}", ended.projectId(), ended.runId(),
                    e.getMessage());
        }
    }

    private static ProjectStatus next(ProjectStatus phase) {
        return ProjectStatus.values()[phase.ordinal() + 1];
    }
}
