package dev.truecoding.project;

import java.util.List;

/** One phase on the project page's stepper: done, current, failed or still to come. */
record PhaseStep(ProjectStatus phase, String state, String hint) {

    private static final List<String> HINTS = List.of(
            "Describe your idea; the assistant writes the business plan.",
            "Refine the technical plan: data model, pages, API.",
            "Choose where the code and the app will live.",
            "True Coding writes, validates and commits your app.",
            "Your app is built and deployed.",
            "Your app is live; add features by chat.");

    static List<PhaseStep> of(Project project) {
        ProjectStatus current = project.status() == ProjectStatus.FAILED ? project.failedPhase() : project.status();
        int currentIndex = current == null ? 0 : current.ordinal();
        return ProjectStatus.PHASES.stream()
                .map(phase -> new PhaseStep(phase, state(phase, currentIndex, project), HINTS.get(phase.ordinal())))
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
