package dev.truecoding.change;

import dev.truecoding.deploy.Deployment;
import dev.truecoding.deploy.DeploymentService;
import dev.truecoding.project.ProjectService;
import dev.truecoding.run.RunEnded;
import dev.truecoding.run.RunType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A change applied as a preview becomes APPLIED when that preview is put live (a deployment whose
 * {@code rollbackOf} is the preview went READY): only then do the project's plans become the change's and is its
 * chat told, in the same transaction as the deployment's end.
 */
@Component
class ChangePromotions {

    private final DeploymentService deployments;
    private final ChangeRecords records;
    private final ProjectService projects;
    private final ApplicationEventPublisher publisher;

    ChangePromotions(DeploymentService deployments, ChangeRecords records, ProjectService projects,
                     ApplicationEventPublisher publisher) {
        this.deployments = deployments;
        this.records = records;
        this.projects = projects;
        this.publisher = publisher;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(RunEnded ended) {
        if (ended.type() != RunType.DEPLOYMENT || ended.outcome() != RunEnded.Outcome.SUCCEEDED) {
            return;
        }
        Deployment promote = deployments.find(ended.userId(), ended.runId());
        if (promote.rollbackOf() == null) {
            return;
        }
        Deployment preview = deployments.find(ended.userId(), promote.rollbackOf());
        if (!preview.preview() || preview.changeId() == null || !records.promoted(preview.changeId())) {
            return;
        }
        Change change = records.byId(preview.changeId()).orElseThrow().change();
        projects.saveTechnicalPlan(ended.userId(), change.projectId(), change.technicalPlan());
        if (change.businessPlan() != null) {
            projects.saveBusinessPlan(ended.userId(), change.projectId(), change.businessPlan());
        }
        publisher.publishEvent(new ChangeEnded(change.id(), ended.userId(), change.projectId(), change.conversationId(),
                ChangeStatus.APPLIED));
    }
}
