package dev.truecoding.generation;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * One generation of a project's app, as its owner sees it: where it is, and when done what it produced (the
 * commit, the coverage report, each validation step) or why it failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenerationRun(
        String id,
        String projectId,
        Status status,
        String host,
        GenerationStage stage,
        int progress,
        Repository repository,
        String commitSha,
        Integer fileCount,
        Long bytesWritten,
        String writtenBy,
        CoverageReport coverage,
        List<ValidationResult.Step> validation,
        String errorMessage,
        String errorDetails,
        Instant createdAt,
        Instant finishedAt) {

    public enum Status { RUNNING, SUCCEEDED, FAILED }

    /** Where the app was committed: the repository's page and what {@code git clone} takes. */
    public record Repository(String owner, String name, String webUrl, String cloneUrl) {
    }

    public boolean running() {
        return status == Status.RUNNING;
    }
}
