package dev.truecoding.usage;

import dev.truecoding.system.Clock;
import dev.truecoding.system.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record of every request made to a model ({@code model_usage}): written once per answer, in the caller's
 * transaction when it has one (a chat reply and its row are stored together), and summed per message, per
 * conversation (a change is proposed in one), per run and per project. Callers have checked that the project is
 * the person's.
 */
@Component
public class UsageLedger {

    /** What a request was for. */
    public enum Purpose { CHAT, CODE }

    /**
     * One answer of a model.
     *
     * @param conversationId the chat's conversation, else null
     * @param messageId      the stored reply, else null
     * @param runId          the generation run that asked (the code writer), else null
     */
    public record Entry(String projectId, String conversationId, String messageId, String runId, Purpose purpose,
                        String model, Tokens tokens) {

        public Entry {
            if (projectId == null || purpose == null || model == null || tokens == null) {
                throw new IllegalArgumentException("A usage entry needs its project, purpose, model and tokens");
            }
        }
    }

    private final JdbcClient jdbc;
    private final Prices prices;

    UsageLedger(JdbcClient jdbc, Prices prices) {
        this.jdbc = jdbc;
        this.prices = prices;
    }

    public void record(Entry entry) {
        jdbc.sql("""
                INSERT INTO model_usage (id, project_id, conversation_id, message_id, run_id, purpose, model,
                                         input_tokens, output_tokens, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Ids.newId(), entry.projectId(), entry.conversationId(), entry.messageId(), entry.runId(),
                        entry.purpose().name(), entry.model(), entry.tokens().input(), entry.tokens().output(),
                        Clock.nowUtc())
                .update();
    }

    /** Everything spent on the project: its chats and the code its runs had written. */
    public UsageTotal project(String projectId) {
        return total("project_id = ?", projectId);
    }

    /** The conversation's replies (a change's proposal is made in its iteration conversation). */
    public UsageTotal conversation(String conversationId) {
        return total("conversation_id = ?", conversationId);
    }

    /** A generation run's requests, over all of its attempts (a revived run keeps what it spent before). */
    public UsageTotal run(String runId) {
        return total("run_id = ?", runId);
    }

    /** Each stored reply of the conversation that has a row: message id → its use. */
    public Map<String, UsageTotal> messages(String conversationId) {
        Map<String, UsageTotal> byMessage = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT message_id, model, input_tokens, output_tokens FROM model_usage
                WHERE conversation_id = ? AND message_id IS NOT NULL ORDER BY created_at""")
                .param(conversationId)
                .query((rs, row) -> {
                    Tokens tokens = new Tokens(rs.getLong("input_tokens"), rs.getLong("output_tokens"));
                    byMessage.merge(rs.getString("message_id"), priced(rs.getString("model"), tokens), UsageTotal::plus);
                    return null;
                }).list();
        return byMessage;
    }

    private UsageTotal total(String condition, String value) {
        List<UsageTotal> perModel = jdbc.sql("SELECT model, SUM(input_tokens) AS i, SUM(output_tokens) AS o "
                        + "FROM model_usage WHERE " + condition + " GROUP BY model")
                .param(value)
                .query((rs, row) -> priced(rs.getString("model"), new Tokens(rs.getLong("i"), rs.getLong("o"))))
                .list();
        return perModel.stream().reduce(UsageTotal.NONE, UsageTotal::plus);
    }

    private UsageTotal priced(String model, Tokens tokens) {
        return prices.cost(model, tokens).map(cost -> UsageTotal.priced(tokens, cost, model))
                .orElseGet(() -> UsageTotal.unpriced(tokens, model));
    }
}
