package dev.truecoding.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The seed's {@code ChatStreamEvent}: {@code text} chunks as they come, {@code plan_ready} with the plan,
 * {@code done} when the reply is stored (with the interview's draft plan in Discovery), {@code error}.
 * In an iteration chat {@code plan_ready} also carries the proposed change's id and summary.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatStreamEvent(Type type, String content, Object plan, String error, String changeId, String summary) {

    public enum Type {
        @JsonProperty("text") TEXT,
        @JsonProperty("done") DONE,
        @JsonProperty("error") ERROR,
        @JsonProperty("plan_ready") PLAN_READY;

        public String eventName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static ChatStreamEvent text(String content) {
        return new ChatStreamEvent(Type.TEXT, content, null, null, null, null);
    }

    static ChatStreamEvent planReady(Object plan) {
        return new ChatStreamEvent(Type.PLAN_READY, null, plan, null, null, null);
    }

    static ChatStreamEvent changeProposed(Object plan, String changeId, String summary) {
        return new ChatStreamEvent(Type.PLAN_READY, null, plan, null, changeId, summary);
    }

    static ChatStreamEvent done(Object draft) {
        return new ChatStreamEvent(Type.DONE, null, draft, null, null, null);
    }

    static ChatStreamEvent error(String error) {
        return new ChatStreamEvent(Type.ERROR, null, null, error, null, null);
    }
}
