package dev.truecoding.project;

import java.util.List;

/**
 * One phase on the project page's stepper: done, current, failed or still to come.
 *
 * @param hintKey the page bundle's key for what happens in the phase ({@code project.hint.<PHASE>})
 */
record PhaseStep(ProjectStatus phase, String state, String hintKey) {

    static List<PhaseStep> of(Project project) {
        ProjectStatus current = project.status() == ProjectStatus.FAILED ? project.failedPhase() : project.status();
        int currentIndex = current == null ? 0 : current.ordinal();
        return ProjectStatus.PHASES.stream()
                .map(phase -> new PhaseStep(phase, state(phase, currentIndex, project), "project.hint." + phase.name()))
                .toList();
    }

    private static String state(ProjectStatus phase, int currentIndex, Project project) {
        if (phase.ordinal() < currentIndex || (phase == ProjectStatus.LIVE && project.status() == ProjectStatus.LIVE)) {
            return "done";
        }
        if (phase.ordinal() == currentIndex) {
            return project.status() == ProjectStatus.FAILED ? "failed" : "current";
        }
        return "upcoming";
    }
}
