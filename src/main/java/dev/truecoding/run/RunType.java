package dev.truecoding.run;

/**
 * The kinds of durable run there are. Each has its job's name in {@code scheduled_tasks} (kept from before the
 * kernel, so jobs scheduled by an older version are still picked) and the project phase it runs in.
 */
public enum RunType {
    GENERATION("generation-run"),
    DEPLOYMENT("deploy-run"),
    CHANGE("change-run");

    private final String jobName;

    RunType(String jobName) {
        this.jobName = jobName;
    }

    public String jobName() {
        return jobName;
    }
}
