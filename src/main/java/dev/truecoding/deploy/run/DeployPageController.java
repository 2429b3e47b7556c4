package dev.truecoding.deploy.run;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.deploy.DeployProgress;
import dev.truecoding.deploy.DeployRequest;
import dev.truecoding.deploy.Deployment;
import dev.truecoding.deploy.DeploymentEvent;
import dev.truecoding.deploy.DeploymentService;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.system.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Deploying step: the Deploy button, the latest deployment live (its stages and build log), the production
 * URL, and the history with cancel and roll back.
 */
@Controller
class DeployPageController {

    private final DeploymentService deployments;
    private final ProjectService projects;

    DeployPageController(DeploymentService deployments, ProjectService projects) {
        this.deployments = deployments;
        this.projects = projects;
    }

    /** A stage of the latest deployment as drawn: done, current, failed or upcoming. */
    record StageView(String id, String label, String state) {
    }

    @GetMapping("/projects/{id}/deployments")
    String page(SignedInUser user, @PathVariable String id, Model model) {
        Project project = projects.get(user.id(), id);
        List<Deployment> history = deployments.forProject(user.id(), id);
        Optional<Deployment> latest = history.stream().findFirst();
        List<DeploymentEvent> events = latest.map(d -> deployments.events(user.id(), d.id(), 0)).orElse(List.of());
        model.addAttribute("project", project);
        model.addAttribute("deployments", history);
        model.addAttribute("latest", latest.orElse(null));
        model.addAttribute("events", events.stream().filter(e -> e.kind().equals(DeploymentEvent.PROGRESS)).toList());
        model.addAttribute("logLines", events.stream().filter(e -> e.kind().equals(DeploymentEvent.LOG))
                .map(e -> e.progress().message()).toList());
        model.addAttribute("lastEventId", events.isEmpty() ? 0 : events.getLast().id());
        model.addAttribute("stages", stages(latest.orElse(null), events));
        model.addAttribute("secretVariables", deployments.secretsToAsk(user, project));
        model.addAttribute("blocked", latest.filter(d -> d.status().active()).isPresent()
                ? "A deployment is going: follow it below, or cancel it." : deployments.whyNotNow(user.id(), project));
        return "deploy/deployments";
    }

    /** Fields named {@code env.NAME} carry the values of the plan's secret variables for a first Vercel deploy. */
    @PostMapping("/projects/{id}/deploy")
    String deploy(SignedInUser user, @PathVariable String id, @RequestParam Map<String, String> form,
                  RedirectAttributes redirect) {
        Map<String, String> environment = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("env.") && value != null && !value.isBlank()) {
                environment.put(name.substring(4), value.strip());
            }
        });
        return act(id, redirect, () -> deployments.start(user, new DeployRequest(id, null,
                environment.isEmpty() ? null : environment)));
    }

    @PostMapping("/projects/{id}/deployments/{deploymentId}/cancel")
    String cancel(SignedInUser user, @PathVariable String id, @PathVariable String deploymentId, RedirectAttributes redirect) {
        return act(id, redirect, () -> deployments.cancel(user, deploymentId));
    }

    @PostMapping("/projects/{id}/deployments/{deploymentId}/rollback")
    String rollback(SignedInUser user, @PathVariable String id, @PathVariable String deploymentId, RedirectAttributes redirect) {
        return act(id, redirect, () -> deployments.rollback(user, deploymentId));
    }

    private static String act(String projectId, RedirectAttributes redirect, Supplier<Deployment> action) {
        try {
            action.get();
        } catch (ConflictException e) {
            redirect.addFlashAttribute("deployError", e.getMessage());
        }
        return "redirect:/projects/" + projectId + "/deployments";
    }

    private static List<StageView> stages(Deployment latest, List<DeploymentEvent> events) {
        String current = events.stream().filter(e -> e.kind().equals(DeploymentEvent.PROGRESS))
                .map(e -> e.progress().stage()).filter(DeployProgress.STAGES::contains)
                .reduce((a, b) -> b).orElse(DeployProgress.IMPORTING);
        boolean failed = latest != null && !latest.status().active() && latest.status() != dev.truecoding.deploy.DeploymentStatus.READY;
        int at = DeployProgress.STAGES.indexOf(current);
        return DeployProgress.STAGES.stream().map(stage -> {
            int index = DeployProgress.STAGES.indexOf(stage);
            String state = latest == null ? "upcoming"
                    : index < at || stage.equals(DeployProgress.READY) && current.equals(DeployProgress.READY) ? "done"
                    : index == at ? (failed ? "failed" : "current") : "upcoming";
            return new StageView(stage, label(stage), state);
        }).toList();
    }

    private static String label(String stage) {
        return switch (stage) {
            case DeployProgress.IMPORTING -> "Importing the commit";
            case DeployProgress.BUILDING -> "Building";
            case DeployProgress.DEPLOYING -> "Starting and switching";
            default -> "Live";
        };
    }
}
