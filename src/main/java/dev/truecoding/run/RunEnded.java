package dev.truecoding.run;

/**
 * Published once when a run ends, in the transaction that records its end and its last event: whoever follows
 * runs (the project's status) moves in that same transaction.
 *
 * @param partOf the run this one is a stage of (a change's deployment), else null: the project's status follows
 *               the outer run then, not this one
 */
public record RunEnded(RunType type, String runId, String userId, String projectId, Outcome outcome, String partOf) {

    public RunEnded(RunType type, String runId, String userId, String projectId, Outcome outcome) {
        this(type, runId, userId, projectId, outcome, null);
    }

    public enum Outcome { SUCCEEDED, FAILED, CANCELED }
}
