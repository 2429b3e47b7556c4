package dev.truecoding.conversation;

import dev.truecoding.system.Clock;
import dev.truecoding.system.Ids;
import dev.truecoding.system.JsonColumns;
import dev.truecoding.system.UnsafeText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Callers check ownership of the project first (through ProjectService); ids here are already trusted. */
@Repository
class ConversationRepository {

    private final JdbcClient jdbc;
    private final JsonColumns jsonColumns;

    ConversationRepository(JdbcClient jdbc, JsonColumns jsonColumns) {
        this.jdbc = jdbc;
        this.jsonColumns = jsonColumns;
    }

    /**
     * The seed's "project with its conversations and their messages" as one query: conversations in order,
     * each with its messages oldest first.
     */
    List<Conversation> findWithMessages(String projectId) {
        Map<String, ConversationRow> rows = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT c.id AS c_id, c.phase, c.status, c.created_at AS c_created_at, c.updated_at AS c_updated_at,
                       m.id AS m_id, m.role, m.content, m.token_count, m.model, m.created_at AS m_created_at
                FROM conversations c LEFT JOIN messages m ON m.conversation_id = c.id
                WHERE c.project_id = ?
                ORDER BY c.created_at, c.id, m.created_at, m.id""")
                .param(projectId)
                .query(rs -> {
                    ConversationRow row = rows.computeIfAbsent(rs.getString("c_id"), id -> conversationRow(rs));
                    if (rs.getString("m_id") != null) {
                        row.messages().add(message(rs));
                    }
                });
        return rows.values().stream().map(ConversationRow::toConversation).toList();
    }

    Optional<String> findActive(String projectId, ConversationPhase phase) {
        return jdbc.sql("""
                SELECT id FROM conversations WHERE project_id = ? AND phase = CAST(? AS conversation_phase)
                AND status = 'ACTIVE' ORDER BY created_at DESC LIMIT 1""")
                .params(projectId, phase.name()).query(String.class).optional();
    }

    String create(String projectId, ConversationPhase phase) {
        String id = Ids.newId();
        LocalDateTime now = Clock.nowUtc();
        jdbc.sql("""
                INSERT INTO conversations (id, project_id, phase, status, created_at, updated_at)
                VALUES (?, ?, CAST(? AS conversation_phase), 'ACTIVE', ?, ?)""")
                .params(id, projectId, phase.name(), now, now).update();
        return id;
    }

    Message addMessage(String conversationId, MessageRole role, String content, Integer tokenCount, String model) {
        String id = Ids.newId();
        LocalDateTime now = Clock.nowUtc();
        jdbc.sql("""
                INSERT INTO messages (id, conversation_id, role, content, token_count, model, created_at)
                VALUES (?, ?, CAST(? AS message_role), ?, ?, ?, ?)""")
                // A model may stream a NUL or half a surrogate pair; PostgreSQL cannot store either.
                .params(id, conversationId, role.name(), UnsafeText.cleaned(content), tokenCount, model, now).update();
        jdbc.sql("UPDATE conversations SET updated_at = ? WHERE id = ?").params(now, conversationId).update();
        return new Message(id, role, content, tokenCount, model, now.toInstant(ZoneOffset.UTC));
    }

    List<Message> messages(String conversationId) {
        return jdbc.sql("""
                SELECT id AS m_id, role, content, token_count, model, created_at AS m_created_at FROM messages
                WHERE conversation_id = ? ORDER BY created_at, id""")
                .param(conversationId).query((rs, row) -> message(rs)).list();
    }

    void saveDraft(String conversationId, String planJson) {
        jdbc.sql("UPDATE conversations SET draft_plan = ? WHERE id = ?").params(jsonColumns.bind(planJson), conversationId).update();
    }

    /** The draft of the phase's latest conversation, as JSON text. */
    Optional<String> findDraft(String projectId, ConversationPhase phase) {
        return jdbc.sql("""
                SELECT draft_plan FROM conversations WHERE project_id = ? AND phase = CAST(? AS conversation_phase)
                AND draft_plan IS NOT NULL ORDER BY created_at DESC LIMIT 1""")
                .params(projectId, phase.name()).query(String.class).optional();
    }

    /** Ends one ACTIVE conversation (a change from it was applied, or discarded). */
    void finish(String conversationId, ConversationStatus status) {
        jdbc.sql("UPDATE conversations SET status = CAST(? AS conversation_status), updated_at = ? WHERE id = ? AND status = 'ACTIVE'")
                .params(status.name(), Clock.nowUtc(), conversationId).update();
    }

    void complete(String projectId, ConversationPhase phase) {
        jdbc.sql("""
                UPDATE conversations SET status = 'COMPLETED', updated_at = ?
                WHERE project_id = ? AND phase = CAST(? AS conversation_phase) AND status = 'ACTIVE'""")
                .params(Clock.nowUtc(), projectId, phase.name()).update();
    }

    private static ConversationRow conversationRow(ResultSet rs) {
        try {
            return new ConversationRow(rs.getString("c_id"), ConversationPhase.valueOf(rs.getString("phase")),
                    ConversationStatus.valueOf(rs.getString("status")), Clock.instant(rs, "c_created_at"),
                    Clock.instant(rs, "c_updated_at"), new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Message message(ResultSet rs) throws SQLException {
        int tokens = rs.getInt("token_count");
        return new Message(rs.getString("m_id"), MessageRole.valueOf(rs.getString("role")), rs.getString("content"),
                rs.wasNull() ? null : tokens, rs.getString("model"), Clock.instant(rs, "m_created_at"));
    }

    private record ConversationRow(String id, ConversationPhase phase, ConversationStatus status, Instant createdAt,
                                   Instant updatedAt, List<Message> messages) {
        Conversation toConversation() {
            return new Conversation(id, phase, status, createdAt, updatedAt, List.copyOf(messages));
        }
    }
}
