package dev.truecoding.run;

/** What the kernel needs of a run's row: whose it is, whether it still runs, and where it got to. */
public record RunRecord(String id, String userId, String projectId, boolean active, String stage, int progress) {
}
