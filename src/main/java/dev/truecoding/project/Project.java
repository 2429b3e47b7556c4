package dev.truecoding.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;

import java.time.Instant;

/**
 * A project as its owner sees it in the API and on its page. The seed's {@code githubRepo*} fields point at the
 * app's repository on whichever host holds it; {@code gitHost} says which ({@code builtin} or {@code github}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Project(
        String id,
        String name,
        ProjectStatus status,
        ProjectStatus failedPhase,
        BusinessPlan businessPlan,
        TechnicalPlan technicalPlan,
        String githubRepoUrl,
        String githubRepoOwner,
        String githubRepoName,
        String gitHost,
        String vercelProjectId,
        String vercelTeamId,
        String productionUrl,
        Instant lastDeployAt,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * Where the project is, as every message says it: "failed during Generating", "is in Planning". The one
     * place this wording is written.
     */
    public String statusPhrase() {
        return status == ProjectStatus.FAILED && failedPhase != null ? "failed during " + failedPhase.label()
                : "is in " + status.label();
    }

    /** The status pages show: see {@link ProjectStatus#shown}. */
    public ProjectStatus shownStatus() {
        return ProjectStatus.shown(status, productionUrl);
    }

    /** See {@link ProjectStatus#updateNote}. */
    public String updateNote() {
        return ProjectStatus.updateNote(status, productionUrl);
    }

    /** See {@link ProjectStatus#updateNoteKey}: the note in the reader's language, for pages. */
    public String updateNoteKey() {
        return ProjectStatus.updateNoteKey(status, productionUrl);
    }
}
