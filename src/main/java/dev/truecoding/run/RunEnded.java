package dev.truecoding.run;

/**
 * Published once when a run ends, in the transaction that records its end and its last event: whoever follows
 * runs (the project's status) moves in that same transaction.
 */
public record RunEnded(RunType type, String runId, String userId, String projectId, Outcome outcome) {

    public enum Outcome { SUCCEEDED, FAILED, CANCELED }
}
