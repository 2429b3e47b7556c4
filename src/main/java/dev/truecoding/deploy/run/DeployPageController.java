package dev.truecoding.deploy.run;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.deploy.DeployStage;
import dev.truecoding.deploy.DeployRequest;
import dev.truecoding.deploy.Deployment;
import dev.truecoding.deploy.DeploymentEvent;
import dev.truecoding.deploy.DeploymentService;
import dev.truecoding.deploy.DeploymentStatus;
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

    @GetMapping("/projects/{id}/deployments")
    String page(SignedInUser user, @PathVariable String id, Model model) {
        Project project = projects.get(user.id(), id);
        List<Deployment> history = deployments.forProject(user.id(), id);
        Optional<Deployment> latest = history.stream().findFirst();
        List<DeploymentEvent> events = latest.map(d -> deployments.events(user.id(), d.id(), 0)).orElse(List.of());
        model.addAttribute("project", project);
        model.addAttribute("deployments", history);
        model.addAttribute("latest", latest.orElse(null));
        model.addAttribute("events", events.stream().filter(e -> e.kind().equals(RunEvent.PROGRESS)).toList());
        model.addAttribute("logLines", events.stream().filter(e -> e.kind().equals(RunEvent.LOG))
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

    @PostMapping("/projects/{id}/deployments/{deploymentId}/promote")
    String promote(SignedInUser user, @PathVariable String id, @PathVariable String deploymentId, RedirectAttributes redirect) {
        return act(id, redirect, () -> deployments.promote(user, deploymentId));
    }

    private static String act(String projectId, RedirectAttributes redirect, Supplier<Deployment> action) {
        try {
            action.get();
        } catch (ConflictException e) {
            redirect.addFlashAttribute("deployError", e.getMessage());
        }
        return "redirect:/projects/" + projectId + "/deployments";
    }

    /** The stages of the latest deployment, up to the last drawn one its events reached. */
    private static List<StageView> stages(Deployment latest, List<DeploymentEvent> events) {
        if (latest == null) {
            return StageView.of(DeployStage.class, null, 0, StageView.RunState.NONE);
        }
        DeployStage current = events.stream().filter(e -> e.kind().equals(RunEvent.PROGRESS))
                .map(e -> e.progress().stage()).filter(DeployStage::drawn)
                .reduce((a, b) -> b).orElse(DeployStage.IMPORTING);
        StageView.RunState state = latest.status().active() ? StageView.RunState.ACTIVE
                : latest.status() == DeploymentStatus.READY ? StageView.RunState.SUCCEEDED : StageView.RunState.FAILED;
        return StageView.of(DeployStage.class, current, current.from(), state);
    }
}
