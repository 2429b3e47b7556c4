package dev.truecoding.version;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.system.Clock;
import dev.truecoding.system.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code plan_versions} table; callers have checked that the project is the person's. */
@Repository
class PlanVersionRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final JsonColumns jsonColumns;

    PlanVersionRepository(JdbcClient jdbc, JsonMapper json, JsonColumns jsonColumns) {
        this.jdbc = jdbc;
        this.json = json;
        this.jsonColumns = jsonColumns;
    }

    /**
     * Stores the plans as the project's next version and returns its number. Approvals of one project are
     * serialized by its status change, and the primary key refuses a number taken twice.
     */
    int insertNext(String projectId, String approved, BusinessPlan business, TechnicalPlan technical) {
        int next = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM plan_versions WHERE project_id = ?")
                .param(projectId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO plan_versions (project_id, version, approved, business_plan, technical_plan, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(projectId, next, approved, jsonColumns.bind(write(business)), jsonColumns.bind(write(technical)),
                        Clock.nowUtc())
                .update();
        return next;
    }

    /**
     * The newest version was generated as {@code commitSha}. A different commit than before forgets the deployment,
     * which served the earlier commit.
     */
    void recordCommitOnNewest(String projectId, String commitSha) {
        jdbc.sql("""
                UPDATE plan_versions
                SET deployment_id = CASE WHEN commit_sha = ? THEN deployment_id ELSE NULL END, commit_sha = ?
                WHERE project_id = ? AND version = (SELECT MAX(version) FROM plan_versions WHERE project_id = ?)""")
                .params(commitSha, commitSha, projectId, projectId)
                .update();
    }

    /** The deployment put {@code commitSha} live: it serves the version(s) generated as that commit. */
    void recordDeployment(String projectId, String commitSha, String deploymentId) {
        jdbc.sql("UPDATE plan_versions SET deployment_id = ? WHERE project_id = ? AND commit_sha = ?")
                .params(deploymentId, projectId, commitSha)
                .update();
    }

    /** Newest first. */
    List<PlanVersionSummary> list(String projectId) {
        return jdbc.sql("""
                SELECT version, approved, commit_sha, deployment_id, created_at FROM plan_versions
                WHERE project_id = ? ORDER BY version DESC""")
                .param(projectId)
                .query((rs, row) -> new PlanVersionSummary(rs.getInt("version"), rs.getString("approved"),
                        rs.getString("commit_sha"), rs.getString("deployment_id"), Clock.instant(rs, "created_at")))
                .list();
    }

    Optional<PlanVersion> find(String projectId, int version) {
        return jdbc.sql("SELECT * FROM plan_versions WHERE project_id = ? AND version = ?")
                .params(projectId, version)
                .query(this::map)
                .optional();
    }

    Optional<PlanVersion> newest(String projectId) {
        return jdbc.sql("SELECT * FROM plan_versions WHERE project_id = ? ORDER BY version DESC LIMIT 1")
                .param(projectId)
                .query(this::map)
                .optional();
    }

    private PlanVersion map(ResultSet rs, int row) throws SQLException {
        return new PlanVersion(rs.getInt("version"), rs.getString("approved"), rs.getString("commit_sha"),
                rs.getString("deployment_id"), Clock.instant(rs, "created_at"),
                read(rs.getString("business_plan"), BusinessPlan.class), read(rs.getString("technical_plan"), TechnicalPlan.class));
    }

    private String write(Object plan) {
        return plan == null ? null : json.writeValueAsString(plan);
    }

    private <T> T read(String value, Class<T> type) {
        return value == null ? null : json.readValue(value, type);
    }
}
