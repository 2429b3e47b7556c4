package dev.truecoding.project;

import dev.truecoding.usage.UsageLedger;
import dev.truecoding.account.SignedInUser;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dashboard, the new-project form and the project page with its phases. */
@Controller
class ProjectPageController {

    private static final String LIST_VIEW = "projects/projectList";
    private static final String NEW_VIEW = "projects/newProject";
    private static final String DETAILS_VIEW = "projects/projectDetails";

    private final ProjectService projects;
    private final MessageSource messages;
    private final UsageLedger usage;

    ProjectPageController(ProjectService projects, MessageSource messages, UsageLedger usage) {
        this.projects = projects;
        this.usage = usage;
        this.messages = messages;
    }

    @GetMapping("/projects")
    String list(SignedInUser user, Model model) {
        model.addAttribute("projects", projects.list(user.id()));
        return LIST_VIEW;
    }

    @GetMapping("/projects/new")
    String newProject(Model model) {
        model.addAttribute("form", new ProjectName(""));
        return NEW_VIEW;
    }

    @PostMapping("/projects")
    String create(SignedInUser user, @Valid @ModelAttribute("form") ProjectName form, BindingResult errors) {
        if (errors.hasErrors()) {
            return NEW_VIEW;
        }
        Project project = projects.create(user.id(), form.clean());
        return "redirect:/projects/" + project.id();
    }

    @GetMapping("/projects/{id}")
    String details(SignedInUser user, @PathVariable String id, Model model) {
        Project project = projects.get(user.id(), id);
        model.addAttribute("project", project);
        model.addAttribute("steps", PhaseStep.of(project));
        model.addAttribute("usage", usage.project(project.id()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ProjectName(project.name()));
        }
        return DETAILS_VIEW;
    }

    @PostMapping("/projects/{id}/rename")
    String rename(SignedInUser user, @PathVariable String id, @Valid @ModelAttribute("form") ProjectName form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            Project project = projects.get(user.id(), id);
            model.addAttribute("project", project);
            model.addAttribute("steps", PhaseStep.of(project));
            model.addAttribute("usage", usage.project(project.id()));
            return DETAILS_VIEW;
        }
        projects.rename(user.id(), id, form.clean());
        redirect.addFlashAttribute("notice", messages.getMessage("project.notice.renamed", null, LocaleContextHolder.getLocale()));
        return "redirect:/projects/" + id;
    }

    @PostMapping("/projects/{id}/delete")
    String delete(SignedInUser user, @PathVariable String id, RedirectAttributes redirect) {
        Project project = projects.get(user.id(), id);
        projects.delete(user.id(), id);
        redirect.addFlashAttribute("notice", messages.getMessage("project.notice.deleted", new Object[] {project.name()},
                LocaleContextHolder.getLocale()));
        return "redirect:/projects";
    }
}
