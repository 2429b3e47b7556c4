package dev.truecoding.deploy;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * One deployment of a project, as its owner sees it (the seed's {@code Deployment}, plus which deployer ran it,
 * the commit, and the deployment it rolled back to).
 *
 * @param vercelDeploymentId the provider's id for it: Vercel's, or the built-in deployer's own
 * @param live               whether the production URL serves this deployment now
 * @param changeId           the change whose run this deployment is a stage of, else null
 * @param preview            a preview: served at its own {@code url} on a copy of the live data, never at the production URL
 * @param previewNumber      the preview's number in its project (its address says it), else null
 * @param expiresAt          when a preview is stopped and its copy of the data deleted, else null
 * @param previewEndedAt     when a preview was stopped (expired, put live, or replaced by a newer one), else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Deployment(
        String id,
        String projectId,
        String provider,
        DeploymentStatus status,
        String vercelDeploymentId,
        String commitSha,
        String url,
        String errorMessage,
        String logExcerpt,
        String rollbackOf,
        boolean live,
        Instant createdAt,
        Instant completedAt,
        String changeId,
        boolean preview,
        Integer previewNumber,
        Instant expiresAt,
        Instant previewEndedAt) {

    /** This deployment, marked as the one the production URL serves. */
    public Deployment asLive() {
        return new Deployment(id, projectId, provider, status, vercelDeploymentId, commitSha, url, errorMessage, logExcerpt,
                rollbackOf, true, createdAt, completedAt, changeId, preview, previewNumber, expiresAt, previewEndedAt);
    }

    /** A preview that went up and still runs at its own address. */
    public boolean previewRunning() {
        return preview && status == DeploymentStatus.READY && previewEndedAt == null;
    }
}
