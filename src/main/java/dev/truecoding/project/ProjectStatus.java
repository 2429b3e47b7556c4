package dev.truecoding.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * The seed's {@code project_status}, and the only place its transitions are written down:
 * each phase leads to the next; any phase may fail; a failed project goes back to the phase that failed
 * (retry); a generated project (DEPLOYING) or a live one goes back to generating when the person generates again.
 * A change to a live app goes LIVE → GENERATING → DEPLOYING → LIVE, and back to LIVE from either when it fails
 * (the previous deployment still serves).
 */
public enum ProjectStatus {
    IDEATION("Discovery"),
    PLANNING("Planning"),
    CONNECTING("Connecting"),
    GENERATING("Generating"),
    DEPLOYING("Deploying"),
    LIVE("Live"),
    FAILED("Failed");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The status a person reads: Live whenever a version of the app serves at its production URL, even while a
     * new version is generated or deployed (or failed to be) — the old one is still up.
     */
    public static ProjectStatus shown(ProjectStatus status, String productionUrl) {
        return productionUrl != null ? LIVE : status;
    }

    /** What is going on behind a Live badge when the project is in fact in another status; null when nothing is. */
    public static String updateNote(ProjectStatus status, String productionUrl) {
        if (productionUrl == null || status == LIVE) {
            return null;
        }
        return switch (status) {
            case GENERATING -> "Generating a new version";
            case DEPLOYING -> "A new version is ready to deploy";
            case FAILED -> "The last update failed; the live version still serves";
            default -> "Changing the plan";
        };
    }

    /**
     * The page bundle's key for {@link #updateNote} in the reader's language ({@code project.updateNote.*}); null
     * when there is no note.
     */
    public static String updateNoteKey(ProjectStatus status, String productionUrl) {
        if (updateNote(status, productionUrl) == null) {
            return null;
        }
        return "project.updateNote." + switch (status) {
            case GENERATING, DEPLOYING, FAILED -> status.name();
            default -> "OTHER";
        };
    }

    /** The phases a project walks through, in order (FAILED is not a phase). */
    public static final Set<ProjectStatus> PHASES = EnumSet.range(IDEATION, LIVE);

    /**
     * @param failedPhase for a FAILED project, the phase that failed; ignored otherwise
     */
    public boolean canMoveTo(ProjectStatus target, ProjectStatus failedPhase) {
        return switch (this) {
            case FAILED -> target == failedPhase && failedPhase != null;
            case LIVE -> target == GENERATING || target == FAILED;
            case DEPLOYING -> target == LIVE || target == GENERATING || target == FAILED;
            case GENERATING -> target == DEPLOYING || target == FAILED || target == LIVE;
            default -> target == FAILED || target.ordinal() == ordinal() + 1;
        };
    }
}
