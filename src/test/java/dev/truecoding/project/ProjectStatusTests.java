package dev.truecoding.project;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.truecoding.project.ProjectStatus.CONNECTING;
import static dev.truecoding.project.ProjectStatus.DEPLOYING;
import static dev.truecoding.project.ProjectStatus.FAILED;
import static dev.truecoding.project.ProjectStatus.GENERATING;
import static dev.truecoding.project.ProjectStatus.IDEATION;
import static dev.truecoding.project.ProjectStatus.LIVE;
import static dev.truecoding.project.ProjectStatus.PLANNING;
import static org.assertj.core.api.Assertions.assertThat;

/** Every (from, failed phase, to) combination against the table written in the issue. */
class ProjectStatusTests {

    private static final Set<String> ALLOWED = Set.of(
            "IDEATION->PLANNING", "PLANNING->CONNECTING", "CONNECTING->GENERATING", "GENERATING->DEPLOYING",
            "DEPLOYING->LIVE", "DEPLOYING->GENERATING", "LIVE->GENERATING", "GENERATING->LIVE",
            "IDEATION->FAILED", "PLANNING->FAILED", "CONNECTING->FAILED", "GENERATING->FAILED", "DEPLOYING->FAILED",
            "LIVE->FAILED");

    @Test
    void onlyTheDocumentedMovesAreAllowed() {
        List<String> allowed = new ArrayList<>();
        for (ProjectStatus from : ProjectStatus.values()) {
            if (from == FAILED) {
                continue;
            }
            for (ProjectStatus to : ProjectStatus.values()) {
                if (from.canMoveTo(to, null)) {
                    allowed.add(from + "->" + to);
                }
            }
        }
        assertThat(allowed).containsExactlyInAnyOrderElementsOf(ALLOWED);
    }

    @Test
    void aFailedProjectGoesBackOnlyToThePhaseThatFailed() {
        for (ProjectStatus failedPhase : ProjectStatus.PHASES) {
            for (ProjectStatus to : ProjectStatus.values()) {
                assertThat(FAILED.canMoveTo(to, failedPhase)).as("FAILED(%s) -> %s", failedPhase, to).isEqualTo(to == failedPhase);
            }
        }
        for (ProjectStatus to : ProjectStatus.values()) {
            assertThat(FAILED.canMoveTo(to, null)).as("FAILED without a phase -> %s", to).isFalse();
        }
    }

    @Test
    void phasesAreInTheSeedsOrder() {
        assertThat(ProjectStatus.PHASES).containsExactly(IDEATION, PLANNING, CONNECTING, GENERATING, DEPLOYING, LIVE);
    }

    @Test
    void aProjectWhoseAppServesReadsLiveWhileANewVersionIsMade() {
        String url = "http://recipes-1a2b3c.localhost:8080/";
        assertThat(ProjectStatus.shown(GENERATING, url)).isEqualTo(LIVE);
        assertThat(ProjectStatus.updateNote(GENERATING, url)).isEqualTo("Generating a new version");
        assertThat(ProjectStatus.shown(DEPLOYING, url)).isEqualTo(LIVE);
        assertThat(ProjectStatus.shown(FAILED, url)).isEqualTo(LIVE);
        assertThat(ProjectStatus.updateNote(FAILED, url)).contains("the live version still serves");
        assertThat(ProjectStatus.updateNote(LIVE, url)).isNull();
        // Never deployed: the real status, with nothing behind it.
        assertThat(ProjectStatus.shown(DEPLOYING, null)).isEqualTo(DEPLOYING);
        assertThat(ProjectStatus.updateNote(DEPLOYING, null)).isNull();
    }
}
