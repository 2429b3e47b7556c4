package dev.truecoding.generation.run;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.generation.CoverageReport;
import dev.truecoding.generation.GenerationRequest;
import dev.truecoding.generation.GenerationRun;
import dev.truecoding.generation.GenerationService;
import dev.truecoding.generation.GenerationStage;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.run.RunEvent;
import dev.truecoding.run.StageView;
import dev.truecoding.system.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The project's Connecting and Generating steps on one page: where the code goes, the Generate (or Retry)
 * button, the latest run live (a bar per stage, its messages), and once done the repository, the clone
 * command, the coverage report and the validation steps.
 */
@Controller
class GenerationPageController {

    private final GenerationService generation;
    private final ProjectService projects;

    GenerationPageController(GenerationService generation, ProjectService projects) {
        this.generation = generation;
        this.projects = projects;
    }

    @GetMapping("/projects/{id}/generate")
    String page(SignedInUser user, @PathVariable String id, Model model) {
        Project project = projects.get(user.id(), id);
        List<GenerationRun> runs = generation.forProject(user.id(), id);
        Optional<GenerationRun> latest = runs.stream().findFirst();
        List<RunEvent> events = latest.map(run -> generation.events(user.id(), run.id(), 0)).orElse(List.of());
        model.addAttribute("project", project);
        model.addAttribute("hosts", generation.hostChoice(user, project));
        model.addAttribute("blocked", latest.filter(GenerationRun::running).isPresent()
                ? "A generation is running: follow it above." : generation.whyNotNow(project));
        model.addAttribute("runs", runs);
        model.addAttribute("run", latest.orElse(null));
        model.addAttribute("events", events);
        model.addAttribute("lastEventId", events.isEmpty() ? 0 : events.getLast().id());
        model.addAttribute("stages", latest.map(GenerationPageController::stages)
                .orElseGet(() -> StageView.of(GenerationStage.class, null, 0, StageView.RunState.NONE)));
        latest.map(GenerationRun::coverage).ifPresent(coverage -> model.addAttribute("coverageCounts", counts(coverage)));
        return "generation/generate";
    }

    @PostMapping("/projects/{id}/generate")
    String generate(SignedInUser user, @PathVariable String id, @RequestParam(required = false) String host,
                    RedirectAttributes redirect) {
        String chosen = host == null || host.isBlank() || !host.matches("builtin|github") ? null : host;
        try {
            generation.start(user, new GenerationRequest(id, chosen));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("generationError", e.getMessage());
        }
        return "redirect:/projects/" + id + "/generate";
    }

    private static List<StageView> stages(GenerationRun run) {
        StageView.RunState state = switch (run.status()) {
            case RUNNING -> StageView.RunState.ACTIVE;
            case SUCCEEDED -> StageView.RunState.SUCCEEDED;
            case FAILED -> StageView.RunState.FAILED;
        };
        return StageView.of(GenerationStage.class, run.stage(), run.progress(), state);
    }

    private static Map<CoverageReport.Status, Long> counts(CoverageReport coverage) {
        return coverage.items().stream().collect(Collectors.groupingBy(CoverageReport.Item::status,
                () -> new java.util.EnumMap<>(CoverageReport.Status.class), Collectors.counting()));
    }
}
