package dev.truecoding.version;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.project.ProjectService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Map;

/**
 * The versions page: every approved plan with its time, commit and deployment, and the diff of any two (the two
 * newest unless others are chosen), in words.
 */
@Controller
class PlanVersionPageController {

    private static final String VIEW = "versions/planVersions";

    private final ProjectService projects;
    private final PlanVersions versions;

    PlanVersionPageController(ProjectService projects, PlanVersions versions) {
        this.projects = projects;
        this.versions = versions;
    }

    @GetMapping("/projects/{id}/versions")
    String versions(SignedInUser user, @PathVariable String id, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, Model model) {
        model.addAttribute("project", projects.get(user.id(), id));
        List<PlanVersionSummary> list = versions.list(user.id(), id);
        model.addAttribute("versions", list);
        Integer older = from != null ? Integer.valueOf(VersionNumber.parse("from", from)) : list.size() >= 2 ? list.get(1).version() : null;
        Integer newer = to != null ? Integer.valueOf(VersionNumber.parse("to", to)) : list.isEmpty() ? null : list.getFirst().version();
        if (older != null && newer != null) {
            model.addAttribute("diff", versions.diff(user.id(), id, older, newer));
        }
        model.addAttribute("from", older);
        model.addAttribute("to", newer);
        return VIEW;
    }

    @ExceptionHandler(VersionNumber.Invalid.class)
    ModelAndView invalidNumber(VersionNumber.Invalid e) {
        return new ModelAndView("error", Map.of("status", 400, "error", "Not a version", "message", e.getMessage()),
                HttpStatus.BAD_REQUEST);
    }
}
