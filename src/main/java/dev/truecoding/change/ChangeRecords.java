package dev.truecoding.change;

import dev.truecoding.generation.GeneratedFileInfo;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.Renames;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.run.RunProgress;
import dev.truecoding.run.RunRecord;
import dev.truecoding.run.RunTable;
import dev.truecoding.system.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code changes} table. Reads for people are scoped by owner; the run's reads go by id. */
@Repository
class ChangeRecords {

    /** A change's run is active while it is APPLYING, or UNDOING (its undo runs as the change's run). */
    static final RunTable TABLE = new RunTable("changes", "status IN ('APPLYING', 'UNDOING')");

    private static final TypeReference<List<GeneratedFileInfo>> FILES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() {
    };

    /**
     * What undoing an applied change needs: the files generated before it and the business plan it replaced (null
     * for a change applied before they were kept), the rows per table when it went live, and the undo's own commit
     * and deployment once made.
     */
    record UndoState(List<GeneratedFileInfo> baseFiles, BusinessPlan baseBusinessPlan, Map<String, Long> liveCounts,
                     String undoCommitSha, String undoDeploymentId, java.time.Instant undoneAt) {
    }

    private static final TypeReference<List<RenameAnswer>> ANSWERS = new TypeReference<>() {
    };

    /** Everything stored of a change: its public view and what applying it needs. */
    record Stored(Change change, String userId, Renames renames, List<RenameAnswer> answers, TechnicalPlan basePlan) {
    }

    /** What a proposal stores: the plans, the renames declared and answered, and what they were compared with. */
    record Proposal(String summary, TechnicalPlan technical, BusinessPlan business, Renames renames,
                    List<RenameAnswer> answers, TechnicalPlan basePlan, ChangeDiff diff, DataEffects effects) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ChangeRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        // Records written with derived properties (PlanDiff's "empty") are read back without them.
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    void insert(String id, String projectId, String userId, String conversationId, Proposal proposal) {
        jdbc.sql("""
                INSERT INTO changes (id, project_id, user_id, conversation_id, status, summary, technical_plan,
                    business_plan, renames, rename_answers, base_plan, diff, data_effects, confirm_data_loss, stage,
                    progress, attempts, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, 0, 0, ?, ?)""")
                .params(id, projectId, userId, conversationId, ChangeStatus.PROPOSED.name(), proposal.summary(),
                        json.writeValueAsString(proposal.technical()),
                        proposal.business() == null ? null : json.writeValueAsString(proposal.business()),
                        json.writeValueAsString(proposal.renames()), json.writeValueAsString(proposal.answers()),
                        json.writeValueAsString(proposal.basePlan()), json.writeValueAsString(proposal.diff()),
                        json.writeValueAsString(proposal.effects()), ChangeStage.MERGING.wireName(),
                        Clock.nowUtc(), Clock.nowUtc())
                .update();
    }

    /** Replaces a proposal's content; false when the change is no longer PROPOSED. */
    boolean update(String id, Proposal proposal) {
        return jdbc.sql("""
                UPDATE changes SET summary = ?, technical_plan = ?, business_plan = ?, renames = ?, rename_answers = ?,
                    base_plan = ?, diff = ?, data_effects = ?, updated_at = ?
                WHERE id = ? AND status = ?""")
                .params(proposal.summary(), json.writeValueAsString(proposal.technical()),
                        proposal.business() == null ? null : json.writeValueAsString(proposal.business()),
                        json.writeValueAsString(proposal.renames()), json.writeValueAsString(proposal.answers()),
                        json.writeValueAsString(proposal.basePlan()), json.writeValueAsString(proposal.diff()),
                        json.writeValueAsString(proposal.effects()), Clock.nowUtc(), id, ChangeStatus.PROPOSED.name())
                .update() == 1;
    }

    Optional<Stored> find(String userId, String id) {
        return jdbc.sql("SELECT * FROM changes WHERE id = ? AND user_id = ?").params(id, userId).query(this::map).optional();
    }

    /** For the run, which has no person's request to scope by. */
    Optional<Stored> byId(String id) {
        return jdbc.sql("SELECT * FROM changes WHERE id = ?").params(id).query(this::map).optional();
    }

    List<Change> forProject(String userId, String projectId) {
        return jdbc.sql("SELECT * FROM changes WHERE project_id = ? AND user_id = ? ORDER BY created_at DESC, id DESC")
                .params(projectId, userId).query(this::map).list().stream().map(Stored::change).toList();
    }

    Optional<String> proposedIn(String userId, String conversationId) {
        return jdbc.sql("SELECT id FROM changes WHERE conversation_id = ? AND user_id = ? AND status = ? ORDER BY created_at DESC LIMIT 1")
                .params(conversationId, userId, ChangeStatus.PROPOSED.name()).query(String.class).optional();
    }

    Optional<String> applying(String projectId) {
        return jdbc.sql("SELECT id FROM changes WHERE project_id = ? AND status = ? LIMIT 1")
                .params(projectId, ChangeStatus.APPLYING.name()).query(String.class).optional();
    }

    /** Whether the change's run deploys it as a preview. */
    boolean preview(String id) {
        return jdbc.sql("SELECT COALESCE(preview, FALSE) FROM changes WHERE id = ?").param(id).query(Boolean.class).optional().orElse(false);
    }

    void preview(String id, boolean preview) {
        jdbc.sql("UPDATE changes SET preview = ? WHERE id = ?").params(preview, id).update();
    }

    /** PREVIEW → APPLIED, when its preview was put live; false when it was not PREVIEW. */
    boolean promoted(String id) {
        return jdbc.sql("UPDATE changes SET status = ?, updated_at = ? WHERE id = ? AND status = ?")
                .params(ChangeStatus.APPLIED.name(), Clock.nowUtc(), id, ChangeStatus.PREVIEW.name()).update() == 1;
    }

    /** PROPOSED → APPLYING; false when it was not PROPOSED (applied twice at once, discarded meanwhile). */
    boolean startApplying(String id, boolean confirmDataLoss) {
        return jdbc.sql("""
                UPDATE changes SET status = ?, confirm_data_loss = ?, stage = ?, progress = 0, updated_at = ?
                WHERE id = ? AND status = ?""")
                .params(ChangeStatus.APPLYING.name(), confirmDataLoss, ChangeStage.MERGING.wireName(), Clock.nowUtc(),
                        id, ChangeStatus.PROPOSED.name())
                .update() == 1;
    }

    /**
     * FAILED → APPLYING for another attempt: the failure, the commit and the deployment of the last attempt
     * forgotten (the commit stays in the repository's history; the merge finds it), the interruptions counted
     * anew. False when it was not FAILED (applied again twice at once).
     */
    boolean retry(String id, boolean confirmDataLoss) {
        return jdbc.sql("""
                UPDATE changes SET status = ?, confirm_data_loss = ?, stage = ?, progress = 0, attempts = 0,
                    error_message = NULL, error_details = NULL, commit_sha = NULL, deployment_id = NULL, updated_at = ?
                WHERE id = ? AND status = ?""")
                .params(ChangeStatus.APPLYING.name(), confirmDataLoss, ChangeStage.MERGING.wireName(), Clock.nowUtc(),
                        id, ChangeStatus.FAILED.name())
                .update() == 1;
    }

    boolean discard(String id) {
        return jdbc.sql("UPDATE changes SET status = ?, updated_at = ? WHERE id = ? AND status = ?")
                .params(ChangeStatus.DISCARDED.name(), Clock.nowUtc(), id, ChangeStatus.PROPOSED.name()).update() == 1;
    }

    Optional<RunRecord> record(String id) {
        return jdbc.sql("SELECT id, user_id, project_id, status, stage, progress FROM changes WHERE id = ?").params(id)
                .query((rs, row) -> new RunRecord(rs.getString("id"), rs.getString("user_id"), rs.getString("project_id"),
                        rs.getString("status").equals(ChangeStatus.APPLYING.name())
                                || rs.getString("status").equals(ChangeStatus.UNDOING.name()), rs.getString("stage"),
                        rs.getInt("progress")))
                .optional();
    }

    void moved(String id, RunProgress progress) {
        jdbc.sql("UPDATE changes SET stage = ?, progress = ?, updated_at = ? WHERE id = ?")
                .params(progress.stage(), progress.progress(), Clock.nowUtc(), id).update();
    }

    void saveCommit(String id, String sha) {
        jdbc.sql("UPDATE changes SET commit_sha = ? WHERE id = ?").params(sha, id).update();
    }

    void saveDeployment(String id, String deploymentId) {
        jdbc.sql("UPDATE changes SET deployment_id = ? WHERE id = ?").params(deploymentId, id).update();
    }

    /** Ends the run once: false when it had already ended. */
    boolean finish(String id, ChangeStatus status, String message, String details) {
        return jdbc.sql("""
                UPDATE changes SET status = ?, error_message = ?, error_details = ?, updated_at = ?
                WHERE id = ? AND status = ?""")
                .params(status.name(), message, details, Clock.nowUtc(), id, ChangeStatus.APPLYING.name())
                .update() == 1;
    }

    /** Keeps what undo returns to, once: the first attempt's base (an attempt again starts from the same one). */
    void saveBase(String id, List<GeneratedFileInfo> files, BusinessPlan business) {
        jdbc.sql("UPDATE changes SET base_files = ?, base_business_plan = ? WHERE id = ? AND base_files IS NULL")
                .params(json.writeValueAsString(files), business == null ? null : json.writeValueAsString(business), id)
                .update();
    }

    void saveLiveCounts(String id, Map<String, Long> counts) {
        jdbc.sql("UPDATE changes SET live_counts = ? WHERE id = ?").params(json.writeValueAsString(counts), id).update();
    }

    Optional<UndoState> undoState(String id) {
        return jdbc.sql("""
                SELECT base_files, base_business_plan, live_counts, undo_commit_sha, undo_deployment_id, undone_at
                FROM changes WHERE id = ?""").param(id).query((rs, row) -> {
            String files = rs.getString("base_files");
            String business = rs.getString("base_business_plan");
            String counts = rs.getString("live_counts");
            return new UndoState(files == null ? null : json.readValue(files, FILES),
                    business == null ? null : json.readValue(business, BusinessPlan.class),
                    counts == null ? null : json.readValue(counts, COUNTS), rs.getString("undo_commit_sha"),
                    rs.getString("undo_deployment_id"), Clock.instant(rs, "undone_at"));
        }).optional();
    }

    /** APPLIED → UNDOING, the last undo's leftovers forgotten; false when it was not APPLIED (undone twice at once). */
    boolean startUndo(String id) {
        return jdbc.sql("""
                UPDATE changes SET status = ?, stage = ?, progress = 0, attempts = 0, error_message = NULL,
                    error_details = NULL, undo_commit_sha = NULL, undo_deployment_id = NULL, updated_at = ?
                WHERE id = ? AND status = ?""")
                .params(ChangeStatus.UNDOING.name(), ChangeStage.MERGING.wireName(), Clock.nowUtc(), id,
                        ChangeStatus.APPLIED.name())
                .update() == 1;
    }

    void saveUndoCommit(String id, String sha) {
        jdbc.sql("UPDATE changes SET undo_commit_sha = ? WHERE id = ?").params(sha, id).update();
    }

    void saveUndoDeployment(String id, String deploymentId) {
        jdbc.sql("UPDATE changes SET undo_deployment_id = ? WHERE id = ?").params(deploymentId, id).update();
    }

    /** Ends an undo once: UNDONE, or back to APPLIED with why it failed. False when it had already ended. */
    boolean finishUndo(String id, boolean undone, String message, String details) {
        return jdbc.sql("""
                UPDATE changes SET status = ?, error_message = ?, error_details = ?, undone_at = ?, updated_at = ?
                WHERE id = ? AND status = ?""")
                .params((undone ? ChangeStatus.UNDONE : ChangeStatus.APPLIED).name(), message, details,
                        undone ? Clock.nowUtc() : null, Clock.nowUtc(), id, ChangeStatus.UNDOING.name())
                .update() == 1;
    }

    private Stored map(ResultSet rs, int row) throws SQLException {
        String business = rs.getString("business_plan");
        String stage = rs.getString("stage");
        Change change = new Change(
                rs.getString("id"),
                rs.getString("project_id"),
                rs.getString("conversation_id"),
                ChangeStatus.valueOf(rs.getString("status")),
                rs.getString("summary"),
                json.readValue(rs.getString("diff"), ChangeDiff.class),
                json.readValue(rs.getString("data_effects"), DataEffects.class),
                json.readValue(rs.getString("technical_plan"), TechnicalPlan.class),
                business == null ? null : json.readValue(business, BusinessPlan.class),
                rs.getBoolean("confirm_data_loss"),
                java.util.Arrays.stream(ChangeStage.values()).filter(s -> s.wireName().equals(stage)).findFirst()
                        .orElse(ChangeStage.MERGING),
                rs.getInt("progress"),
                rs.getString("error_message"),
                rs.getString("error_details"),
                rs.getString("commit_sha"),
                rs.getString("deployment_id"),
                Clock.instant(rs, "created_at"),
                Clock.instant(rs, "updated_at"));
        return new Stored(change, rs.getString("user_id"), json.readValue(rs.getString("renames"), Renames.class),
                json.readValue(rs.getString("rename_answers"), ANSWERS),
                json.readValue(rs.getString("base_plan"), TechnicalPlan.class));
    }
}
