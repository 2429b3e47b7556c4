package dev.truecoding.conversation;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.system.PendingIdea;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Idea first: the home page's prompt box. Signed in, the idea becomes a project named from it whose discovery
 * chat opens with the idea as its first message, already answered. Signed out, the idea waits in the session
 * while the person creates an account, then the same happens.
 */
@Controller
class IdeaPageController {

    private final ProjectService projects;
    private final ChatService chat;

    IdeaPageController(ProjectService projects, ChatService chat) {
        this.projects = projects;
        this.chat = chat;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("form", IdeaForm.empty());
        return "home";
    }

    @PostMapping("/ideas")
    String submit(SignedInUser user, @Valid @ModelAttribute("form") IdeaForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            return "home";
        }
        return start(user, form.clean());
    }

    /** The prompt box of a visitor: the idea waits in the session while they create an account. */
    @PostMapping(PendingIdea.PENDING_PATH)
    String keepForSignUp(@Valid @ModelAttribute("form") IdeaForm form, BindingResult errors, HttpServletRequest request) {
        if (errors.hasErrors()) {
            return "home";
        }
        PendingIdea.keep(request, form.clean());
        return "redirect:/signup";
    }

    /**
     * Reached right after sign-up with the idea kept in the session. A GET that creates a project is safe here:
     * it only consumes what this session stored through the (CSRF-protected) prompt form, and only once.
     */
    @GetMapping(PendingIdea.CONTINUE_PATH)
    String continueWithIdea(SignedInUser user, HttpServletRequest request) {
        return PendingIdea.take(request).map(idea -> start(user, idea)).orElse("redirect:/projects");
    }

    private String start(SignedInUser user, String idea) {
        Project project = projects.create(user.id(), IdeaName.of(idea));
        chat.sendAndWait(user, new ChatRequest(project.id(), idea, "discovery"));
        return "redirect:/projects/" + project.id() + "/workspace";
    }
}
