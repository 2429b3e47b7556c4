package dev.truecoding.deploy.run;

import dev.truecoding.deploy.DeployStage;
import dev.truecoding.deploy.Deployment;
import dev.truecoding.deploy.DeploymentStatus;
import dev.truecoding.run.RunRecord;
import dev.truecoding.run.RunTable;
import dev.truecoding.system.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The seed's {@code deployments} (their events are the kernel's). Reads for people are scoped by owner. */
@Repository
public class DeploymentRecords {

    /** A deployment is active while queued or building (rows from before deployments were runs have no owner). */
    static final RunTable TABLE = new RunTable("deployments", "status IN (CAST('QUEUED' AS deployment_status), "
            + "CAST('BUILDING' AS deployment_status)) AND user_id IS NOT NULL");

    private final JdbcClient jdbc;

    DeploymentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String id, String projectId, String userId, String provider, String providerId, String commitSha,
                       String rollbackOf, String changeId) {
        jdbc.sql("""
                INSERT INTO deployments (id, project_id, user_id, provider, vercel_deployment_id, status, commit_sha,
                    rollback_of, change_id, created_at)
                VALUES (?, ?, ?, ?, ?, CAST(? AS deployment_status), ?, ?, ?, ?)""")
                .params(id, projectId, userId, provider, providerId, DeploymentStatus.QUEUED.name(), commitSha, rollbackOf,
                        changeId, Clock.nowUtc())
                .update();
    }

    /** Marks a deployment as an undo of {@code undoneId}: its snapshot is put back as the deployment switches. */
    public void markUndo(String id, String undoneId) {
        jdbc.sql("UPDATE deployments SET undoes = ? WHERE id = ?").params(undoneId, id).update();
    }

    /** The deployment an undo deployment undoes, or null for any other. */
    String undoes(String id) {
        return jdbc.sql("SELECT undoes FROM deployments WHERE id = ?").param(id).query(String.class).optional()
                .orElse(null);
    }

    /** A preview deployment of the project, numbered after the project's earlier ones, alive until {@code expiresAt}. */
    public void insertPreview(String id, String projectId, String userId, String commitSha, String changeId,
                              java.time.Instant expiresAt) {
        insert(id, projectId, userId, dev.truecoding.deploy.DeploymentService.BUILT_IN,
                dev.truecoding.deploy.DeploymentService.BUILT_IN + "_" + id, commitSha, null, changeId);
        jdbc.sql("""
                UPDATE deployments SET preview = TRUE, expires_at = ?, preview_number = 1 + (SELECT COALESCE(MAX(preview_number), 0)
                    FROM deployments WHERE project_id = ? AND preview = TRUE)
                WHERE id = ?""")
                .params(java.time.LocalDateTime.ofInstant(expiresAt, java.time.ZoneOffset.UTC), projectId, id).update();
    }

    /** Marks previews as stopped (their copies deleted); those already marked stay as they were. */
    public void previewEnded(java.util.Collection<String> ids) {
        for (String id : ids) {
            jdbc.sql("UPDATE deployments SET preview_ended_at = ? WHERE id = ? AND preview = TRUE AND preview_ended_at IS NULL")
                    .params(Clock.nowUtc(), id).update();
        }
    }

    /** The project's previews that are up (READY and not stopped), oldest first. */
    public List<Deployment> runningPreviews(String projectId) {
        return jdbc.sql("""
                SELECT * FROM deployments WHERE project_id = ? AND preview = TRUE AND preview_ended_at IS NULL
                    AND status = CAST('READY' AS deployment_status) ORDER BY created_at, id""")
                .param(projectId).query((rs, row) -> map(rs)).list();
    }

    /** The change whose run the deployment is a stage of, or null. */
    String changeOf(String id) {
        return jdbc.sql("SELECT change_id FROM deployments WHERE id = ?").param(id).query(String.class).optional()
                .orElse(null);
    }

    public Optional<Deployment> find(String userId, String id) {
        return jdbc.sql("SELECT * FROM deployments WHERE id = ? AND user_id = ?").params(id, userId)
                .query((rs, row) -> map(rs)).optional();
    }

    /** The deployment whoever asked for it, for its job. */
    Optional<Deployment> findForJob(String id) {
        return jdbc.sql("SELECT * FROM deployments WHERE id = ?").params(id).query((rs, row) -> map(rs)).optional();
    }

    /** The deployment as the kernel sees it; a deployment keeps no stage of its own, so it starts at importing. */
    Optional<RunRecord> record(String id) {
        return jdbc.sql("SELECT id, user_id, project_id, status FROM deployments WHERE id = ? AND user_id IS NOT NULL")
                .param(id)
                .query((rs, row) -> new RunRecord(rs.getString("id"), rs.getString("user_id"), rs.getString("project_id"),
                        DeploymentStatus.valueOf(rs.getString("status")).active(), DeployStage.IMPORTING.wireName(), 0))
                .optional();
    }

    public List<Deployment> forProject(String userId, String projectId) {
        return jdbc.sql("SELECT * FROM deployments WHERE project_id = ? AND user_id = ? ORDER BY created_at DESC, id DESC")
                .params(projectId, userId).query((rs, row) -> map(rs)).list();
    }

    /** The seed's "latest deployment of a project" query. */
    public Optional<Deployment> latest(String projectId) {
        return jdbc.sql("SELECT * FROM deployments WHERE project_id = ? ORDER BY created_at DESC LIMIT 1")
                .param(projectId).query((rs, row) -> map(rs)).optional();
    }

    /** The deployment a provider's production URL serves: the latest that went live (a rollback's target). */
    public Optional<String> liveOnProvider(String projectId, String provider) {
        return jdbc.sql("""
                SELECT COALESCE(rollback_of, id) FROM deployments
                WHERE project_id = ? AND provider = ? AND status = CAST('READY' AS deployment_status) AND preview IS NOT TRUE
                ORDER BY completed_at DESC, id DESC LIMIT 1""")
                .params(projectId, provider).query(String.class).optional();
    }

    public Optional<Deployment> active(String projectId) {
        return jdbc.sql("""
                SELECT * FROM deployments WHERE project_id = ? AND status IN (CAST('QUEUED' AS deployment_status),
                    CAST('BUILDING' AS deployment_status)) ORDER BY created_at DESC LIMIT 1""")
                .param(projectId).query((rs, row) -> map(rs)).optional();
    }

    void building(String id) {
        jdbc.sql("UPDATE deployments SET status = CAST('BUILDING' AS deployment_status) WHERE id = ? AND status = CAST('QUEUED' AS deployment_status)")
                .param(id).update();
    }

    void saveProviderId(String id, String providerId) {
        jdbc.sql("UPDATE deployments SET vercel_deployment_id = ? WHERE id = ?").params(providerId, id).update();
    }

    /** Ends a deployment once: false when it had already ended. */
    boolean finish(String id, DeploymentStatus status, String url, String errorMessage, String logExcerpt) {
        return jdbc.sql("""
                UPDATE deployments SET status = CAST(? AS deployment_status), url = COALESCE(?, url), error_message = ?,
                    log_excerpt = ?, completed_at = ?
                WHERE id = ? AND status IN (CAST('QUEUED' AS deployment_status), CAST('BUILDING' AS deployment_status))""")
                .params(status.name(), url, errorMessage, logExcerpt, Clock.nowUtc(), id)
                .update() == 1;
    }

    private static Deployment map(ResultSet rs) throws SQLException {
        return new Deployment(rs.getString("id"), rs.getString("project_id"), rs.getString("provider"),
                DeploymentStatus.valueOf(rs.getString("status")), rs.getString("vercel_deployment_id"),
                rs.getString("commit_sha"), rs.getString("url"), rs.getString("error_message"), rs.getString("log_excerpt"),
                rs.getString("rollback_of"), false, Clock.instant(rs, "created_at"), Clock.instant(rs, "completed_at"),
                rs.getString("change_id"), rs.getBoolean("preview"), (Integer) rs.getObject("preview_number", Integer.class),
                Clock.instant(rs, "expires_at"), Clock.instant(rs, "preview_ended_at"));
    }
}
