package dev.truecoding.change;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;

import java.time.Instant;

/**
 * One change to a live app, as its owner sees it: what it proposes (the plans), what that changes (the diff, in
 * words and as JSON Patch) and does to the live data, and, once applied, how its run went (stage, progress, the
 * commit, the deployment, or the failure).
 *
 * @param businessPlan the proposed business plan, or null when the change leaves it as it is
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(
        String id,
        String projectId,
        String conversationId,
        ChangeStatus status,
        String summary,
        ChangeDiff diff,
        DataEffects dataEffects,
        TechnicalPlan technicalPlan,
        BusinessPlan businessPlan,
        boolean confirmDataLoss,
        ChangeStage stage,
        int progress,
        String errorMessage,
        String errorDetails,
        String commitSha,
        String deploymentId,
        Instant createdAt,
        Instant updatedAt) {
}
