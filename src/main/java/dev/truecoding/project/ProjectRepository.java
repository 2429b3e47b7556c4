package dev.truecoding.project;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.system.Clock;
import dev.truecoding.system.JsonColumns;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Every query is scoped by owner: another user's project is indistinguishable from a missing one. */
@Repository
class ProjectRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final JsonColumns jsonColumns;
    private final RowMapper<Project> projectMapper = this::mapProject;

    ProjectRepository(JdbcClient jdbc, JsonMapper json, JsonColumns jsonColumns) {
        this.jdbc = jdbc;
        this.json = json;
        this.jsonColumns = jsonColumns;
    }

    /** The seed's "list the user's projects" query: one statement, the count joined in, newest activity first. */
    List<ProjectSummary> findSummaries(String userId) {
        return jdbc.sql("""
                SELECT p.id, p.name, p.status, p.failed_phase, p.production_url, p.last_deploy_at, p.created_at,
                       p.updated_at, COUNT(d.id) AS deployment_count
                FROM projects p LEFT JOIN deployments d ON d.project_id = p.id
                WHERE p.user_id = ?
                GROUP BY p.id, p.name, p.status, p.failed_phase, p.production_url, p.last_deploy_at, p.created_at, p.updated_at
                ORDER BY p.updated_at DESC, p.id""")
                .param(userId)
                .query((rs, row) -> new ProjectSummary(
                        rs.getString("id"), rs.getString("name"), status(rs, "status"), status(rs, "failed_phase"),
                        rs.getString("production_url"), Clock.instant(rs, "last_deploy_at"), Clock.instant(rs, "created_at"),
                        Clock.instant(rs, "updated_at"), rs.getLong("deployment_count")))
                .list();
    }

    Optional<Project> find(String userId, String projectId) {
        return jdbc.sql("SELECT * FROM projects WHERE id = ? AND user_id = ?")
                .params(projectId, userId)
                .query(projectMapper)
                .optional();
    }

    /** The owner's project whose code is in this repository (at most one: a repository is made for one project). */
    Optional<Project> findByRepository(String userId, String host, String owner, String name) {
        return jdbc.sql("""
                        SELECT * FROM projects WHERE user_id = ? AND git_host = ? AND github_repo_owner = ? AND github_repo_name = ?
                        ORDER BY created_at LIMIT 1""")
                .params(userId, host, owner, name)
                .query(projectMapper)
                .optional();
    }

    Project insert(String id, String userId, String name) {
        LocalDateTime now = Clock.nowUtc();
        jdbc.sql("""
                INSERT INTO projects (id, user_id, name, status, created_at, updated_at)
                VALUES (?, ?, ?, CAST(? AS project_status), ?, ?)""")
                .params(id, userId, name, ProjectStatus.IDEATION.name(), now, now)
                .update();
        return find(userId, id).orElseThrow();
    }

    boolean rename(String userId, String projectId, String name) {
        var now = Clock.nowUtc();
        return jdbc.sql("UPDATE projects SET name = ?, renamed_at = ?, updated_at = ? WHERE id = ? AND user_id = ?")
                .params(name, now, now, projectId, userId)
                .update() == 1;
    }

    /** The plan's name, unless the person renamed the project: whether it was taken. */
    boolean nameFromPlan(String userId, String projectId, String name) {
        return jdbc.sql("""
                UPDATE projects SET name = ?, updated_at = ?
                WHERE id = ? AND user_id = ? AND renamed_at IS NULL AND name <> ?""")
                .params(name, Clock.nowUtc(), projectId, userId, name)
                .update() == 1;
    }

    boolean neverRenamed(String projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM projects WHERE id = ? AND renamed_at IS NULL").param(projectId)
                .query(Long.class).single() == 1;
    }

    boolean delete(String userId, String projectId) {
        return jdbc.sql("DELETE FROM projects WHERE id = ? AND user_id = ?").params(projectId, userId).update() == 1;
    }

    /**
     * Compare-and-set on the status, so two concurrent transitions cannot both win:
     * false means the project was no longer in {@code from}.
     */
    boolean updateStatus(String projectId, ProjectStatus from, ProjectStatus to, ProjectStatus failedPhase) {
        return jdbc.sql("""
                UPDATE projects SET status = CAST(? AS project_status), failed_phase = CAST(? AS project_status), updated_at = ?
                WHERE id = ? AND status = CAST(? AS project_status)""")
                .params(to.name(), failedPhase == null ? null : failedPhase.name(), Clock.nowUtc(), projectId, from.name())
                .update() == 1;
    }

    void saveRepository(String projectId, String host, String owner, String name, String url) {
        jdbc.sql("""
                UPDATE projects SET git_host = ?, github_repo_owner = ?, github_repo_name = ?, github_repo_url = ?,
                    updated_at = ?
                WHERE id = ?""")
                .params(host, owner, name, url, Clock.nowUtc(), projectId)
                .update();
    }

    void saveDeployment(String projectId, String productionUrl, java.time.Instant at) {
        jdbc.sql("UPDATE projects SET production_url = ?, last_deploy_at = ?, updated_at = ? WHERE id = ?")
                .params(productionUrl, java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC), Clock.nowUtc(), projectId)
                .update();
    }

    void saveVercelProject(String projectId, String vercelProjectId, String vercelTeamId) {
        jdbc.sql("UPDATE projects SET vercel_project_id = ?, vercel_team_id = ?, updated_at = ? WHERE id = ?")
                .params(vercelProjectId, vercelTeamId, Clock.nowUtc(), projectId)
                .update();
    }

    void saveBusinessPlan(String projectId, BusinessPlan plan) {
        savePlan("business_plan", projectId, plan == null ? null : json.writeValueAsString(plan));
    }

    void saveTechnicalPlan(String projectId, TechnicalPlan plan) {
        savePlan("technical_plan", projectId, plan == null ? null : json.writeValueAsString(plan));
    }

    private void savePlan(String column, String projectId, String planJson) {
        jdbc.sql("UPDATE projects SET " + column + " = ?, updated_at = ? WHERE id = ?")
                .params(jsonColumns.bind(planJson), Clock.nowUtc(), projectId)
                .update();
    }

    private Project mapProject(ResultSet rs, int row) throws SQLException {
        return new Project(
                rs.getString("id"),
                rs.getString("name"),
                status(rs, "status"),
                status(rs, "failed_phase"),
                plan(rs.getString("business_plan"), BusinessPlan.class),
                plan(rs.getString("technical_plan"), TechnicalPlan.class),
                rs.getString("github_repo_url"),
                rs.getString("github_repo_owner"),
                rs.getString("github_repo_name"),
                rs.getString("git_host"),
                rs.getString("vercel_project_id"),
                rs.getString("vercel_team_id"),
                rs.getString("production_url"),
                Clock.instant(rs, "last_deploy_at"),
                Clock.instant(rs, "created_at"),
                Clock.instant(rs, "updated_at"));
    }

    private <T> T plan(String value, Class<T> type) {
        return value == null ? null : json.readValue(value, type);
    }

    private static ProjectStatus status(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : ProjectStatus.valueOf(value);
    }

    /** Timestamps are stored as UTC wall-clock time (see {@link Clock}). */
}
