package dev.truecoding.project;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** A row of the dashboard: the seed's "list the user's projects" query, with its deployment count. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectSummary(
        String id,
        String name,
        ProjectStatus status,
        ProjectStatus failedPhase,
        String productionUrl,
        Instant lastDeployAt,
        Instant createdAt,
        Instant updatedAt,
        long deploymentCount) {

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
