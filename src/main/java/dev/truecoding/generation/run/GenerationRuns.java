package dev.truecoding.generation.run;

import dev.truecoding.generation.CoverageReport;
import dev.truecoding.generation.GenerationRequest;
import dev.truecoding.generation.GenerationRun;
import dev.truecoding.generation.GenerationStage;
import dev.truecoding.generation.ValidationResult;
import dev.truecoding.git.RepositoryRef;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.run.RunProgress;
import dev.truecoding.run.RunRecord;
import dev.truecoding.run.RunTable;
import dev.truecoding.system.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code generation_runs} table (their events are the kernel's). Reads for people are scoped by owner. */
@Repository
public class GenerationRuns {

    /** What the job needs of a run beyond its public view. */
    /** @param budget the request's budget for the code writer (either part may be null), null when it gave none */
    public record Work(GenerationRun run, String userId, TechnicalPlan plan, GenerationRequest.Budget budget) {
    }

    /** A run is active while it is RUNNING. */
    static final RunTable TABLE = new RunTable("generation_runs", "status = 'RUNNING'");

    private static final TypeReference<List<ValidationResult.Step>> STEPS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    GenerationRuns(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @param budget the request's budget for the code writer, or null for the settings' */
    public void insert(String id, String projectId, String userId, String host, TechnicalPlan plan,
                       GenerationRequest.Budget budget) {
        jdbc.sql("""
                INSERT INTO generation_runs (id, project_id, user_id, host, status, stage, progress, attempts,
                    technical_plan, budget_tokens, budget_cost, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?)""")
                .params(id, projectId, userId, host, GenerationRun.Status.RUNNING.name(),
                        GenerationStage.CREATING_REPO.wireName(), json.writeValueAsString(plan),
                        budget == null ? null : budget.tokens(),
                        budget == null || budget.cost() == null ? null : budget.cost().toPlainString(), Clock.nowUtc())
                .update();
    }

    public Optional<GenerationRun> find(String userId, String runId) {
        return jdbc.sql("SELECT * FROM generation_runs WHERE id = ? AND user_id = ?").params(runId, userId)
                .query(this::mapRun).optional();
    }

    Optional<Work> findWork(String runId) {
        return jdbc.sql("SELECT * FROM generation_runs WHERE id = ?").params(runId)
                .query((rs, row) -> new Work(mapRun(rs, row), rs.getString("user_id"),
                        json.readValue(rs.getString("technical_plan"), TechnicalPlan.class), budget(rs)))
                .optional();
    }

    private static GenerationRequest.Budget budget(java.sql.ResultSet rs) throws java.sql.SQLException {
        long tokens = rs.getLong("budget_tokens");
        Long given = rs.wasNull() ? null : tokens;
        String text = rs.getString("budget_cost");
        java.math.BigDecimal cost = text == null ? null : new java.math.BigDecimal(text);
        return given == null && cost == null ? null : new GenerationRequest.Budget(given, cost);
    }

    /** The run as the kernel sees it. */
    Optional<RunRecord> record(String runId) {
        return jdbc.sql("SELECT id, user_id, project_id, status, stage, progress FROM generation_runs WHERE id = ?")
                .params(runId)
                .query((rs, row) -> new RunRecord(rs.getString("id"), rs.getString("user_id"), rs.getString("project_id"),
                        rs.getString("status").equals(GenerationRun.Status.RUNNING.name()), rs.getString("stage"),
                        rs.getInt("progress")))
                .optional();
    }

    public List<GenerationRun> forProject(String userId, String projectId) {
        return jdbc.sql("SELECT * FROM generation_runs WHERE project_id = ? AND user_id = ? ORDER BY created_at DESC, id DESC")
                .params(projectId, userId).query(this::mapRun).list();
    }

    public Optional<GenerationRun> running(String projectId) {
        return jdbc.sql("SELECT * FROM generation_runs WHERE project_id = ? AND status = ?")
                .params(projectId, GenerationRun.Status.RUNNING.name()).query(this::mapRun).optional();
    }

    /** The plan of the project's last successful run: what the app in the repository was generated from. */
    Optional<TechnicalPlan> lastGeneratedPlan(String projectId) {
        return jdbc.sql("""
                SELECT technical_plan FROM generation_runs WHERE project_id = ? AND status = ?
                ORDER BY finished_at DESC, id DESC LIMIT 1""")
                .params(projectId, GenerationRun.Status.SUCCEEDED.name())
                .query((rs, row) -> json.readValue(rs.getString(1), TechnicalPlan.class)).optional();
    }

    /** The commit the project's last successful run made in this repository, if any. */
    Optional<String> lastCommit(String projectId, String host, RepositoryRef repository) {
        return jdbc.sql("""
                SELECT commit_sha FROM generation_runs
                WHERE project_id = ? AND status = ? AND host = ? AND repo_owner = ? AND repo_name = ? AND commit_sha IS NOT NULL
                ORDER BY finished_at DESC, id DESC LIMIT 1""")
                .params(projectId, GenerationRun.Status.SUCCEEDED.name(), host, repository.owner(), repository.name())
                .query(String.class).optional();
    }

    void saveRepository(String runId, RepositoryRef repository) {
        jdbc.sql("UPDATE generation_runs SET repo_owner = ?, repo_name = ?, repo_web_url = ?, repo_clone_url = ? WHERE id = ?")
                .params(repository.owner(), repository.name(), repository.webUrl(), repository.cloneUrl(), runId)
                .update();
    }

    void saveCommit(String runId, String sha, int fileCount, long bytes, String writtenBy) {
        jdbc.sql("UPDATE generation_runs SET commit_sha = ?, file_count = ?, bytes_written = ?, written_by = ? WHERE id = ?")
                .params(sha, fileCount, bytes, writtenBy, runId).update();
    }

    void saveReports(String runId, CoverageReport coverage, ValidationResult validation) {
        jdbc.sql("UPDATE generation_runs SET coverage = ?, validation = ? WHERE id = ?")
                .params(coverage == null ? null : json.writeValueAsString(coverage),
                        validation == null ? null : json.writeValueAsString(validation.steps()), runId)
                .update();
    }

    /** Ends a run once: false when it had already ended. */
    boolean finish(String runId, GenerationRun.Status status, String errorMessage, String errorDetails) {
        return jdbc.sql("""
                UPDATE generation_runs SET status = ?, error_message = ?, error_details = ?, finished_at = ?
                WHERE id = ? AND status = ?""")
                .params(status.name(), errorMessage, errorDetails, Clock.nowUtc(), runId, GenerationRun.Status.RUNNING.name())
                .update() == 1;
    }

    /** The run's stage and progress follow its events, for the run's own view. */
    void moved(String runId, RunProgress progress) {
        jdbc.sql("UPDATE generation_runs SET stage = ?, progress = ? WHERE id = ?")
                .params(progress.stage(), progress.progress(), runId).update();
    }

    private GenerationRun mapRun(ResultSet rs, int row) throws SQLException {
        String repoName = rs.getString("repo_name");
        long bytes = rs.getLong("bytes_written");
        boolean hasBytes = !rs.wasNull();
        int files = rs.getInt("file_count");
        boolean hasFiles = !rs.wasNull();
        String coverage = rs.getString("coverage");
        String validation = rs.getString("validation");
        return new GenerationRun(
                rs.getString("id"),
                rs.getString("project_id"),
                GenerationRun.Status.valueOf(rs.getString("status")),
                rs.getString("host"),
                GenerationStage.fromWireName(rs.getString("stage")),
                rs.getInt("progress"),
                repoName == null ? null : new GenerationRun.Repository(rs.getString("repo_owner"), repoName,
                        rs.getString("repo_web_url"), rs.getString("repo_clone_url")),
                rs.getString("commit_sha"),
                hasFiles ? files : null,
                hasBytes ? bytes : null,
                rs.getString("written_by"),
                coverage == null ? null : json.readValue(coverage, CoverageReport.class),
                validation == null ? null : json.readValue(validation, STEPS),
                rs.getString("error_message"),
                rs.getString("error_details"),
                Clock.instant(rs, "created_at"),
                Clock.instant(rs, "finished_at"));
    }
}
