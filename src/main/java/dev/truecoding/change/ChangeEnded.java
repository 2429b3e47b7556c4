package dev.truecoding.change;

/**
 * Published when a change is applied, failed or discarded, in the transaction that records it: the chat it came
 * from follows (completed when applied, abandoned when discarded).
 */
public record ChangeEnded(String changeId, String userId, String projectId, String conversationId, ChangeStatus status) {
}
