package dev.truecoding.change;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.project.ProjectService;
import dev.truecoding.system.ConflictException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * The workspace's forms for a proposed change — apply (with the data-loss confirmation), discard, answer a possible
 * rename — and the undo page of an applied one (what goes, then the confirmed undo), so they work without JavaScript. Each goes back to the workspace, with what happened or why not.
 */
@Controller
class ChangePageController {

    private final Changes changes;
    private final MessageSource messages;
    private final ProjectService projects;

    ChangePageController(Changes changes, MessageSource messages, ProjectService projects) {
        this.changes = changes;
        this.messages = messages;
        this.projects = projects;
    }

    @PostMapping("/projects/{projectId}/changes/{changeId}/apply")
    String apply(SignedInUser user, @PathVariable String projectId, @PathVariable String changeId,
                 @RequestParam(defaultValue = "false") boolean confirmDataLoss,
                 @RequestParam(required = false) String resolveConflicts,
                 @RequestParam(defaultValue = "false") boolean preview, RedirectAttributes redirect) {
        requireOfProject(user, projectId, changeId);
        try {
            changes.apply(user, changeId, confirmDataLoss, ChangeApiController.side(resolveConflicts), preview);
            redirect.addFlashAttribute("notice", notice(preview ? "preview.notice.starting" : "change.notice.applying"));
        } catch (ConflictException | IllegalArgumentException refused) {
            redirect.addFlashAttribute("changeError", refused.getMessage());
        }
        return workspace(projectId);
    }

    @PostMapping("/projects/{projectId}/changes/{changeId}/discard")
    String discard(SignedInUser user, @PathVariable String projectId, @PathVariable String changeId,
                   RedirectAttributes redirect) {
        requireOfProject(user, projectId, changeId);
        try {
            changes.discard(user.id(), changeId);
            redirect.addFlashAttribute("notice", notice("change.notice.discarded"));
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("changeError", refused.getMessage());
        }
        return workspace(projectId);
    }

    @PostMapping("/projects/{projectId}/changes/{changeId}/renames")
    String answerRename(SignedInUser user, @PathVariable String projectId, @PathVariable String changeId,
                        @RequestParam String from, @RequestParam String to, @RequestParam boolean rename,
                        RedirectAttributes redirect) {
        requireOfProject(user, projectId, changeId);
        try {
            changes.answerRenames(user.id(), changeId, List.of(new RenameAnswer(from, to, rename)));
        } catch (ConflictException | IllegalArgumentException refused) {
            redirect.addFlashAttribute("changeError", refused.getMessage());
        }
        return workspace(projectId);
    }

    /** What undoing the change would do, and the form that does it. */
    @GetMapping("/projects/{projectId}/changes/{changeId}/undo")
    String undoPage(SignedInUser user, @PathVariable String projectId, @PathVariable String changeId, Model model) {
        requireOfProject(user, projectId, changeId);
        model.addAttribute("project", projects.get(user.id(), projectId));
        model.addAttribute("change", changes.get(user.id(), changeId));
        model.addAttribute("plan", changes.undoPlan(user.id(), changeId));
        return "changes/undo";
    }

    @PostMapping("/projects/{projectId}/changes/{changeId}/undo")
    String undo(SignedInUser user, @PathVariable String projectId, @PathVariable String changeId,
                @RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
        requireOfProject(user, projectId, changeId);
        if (!confirm) {
            redirect.addFlashAttribute("undoError", notice("undo.confirmFirst"));
            return "redirect:/projects/" + projectId + "/changes/" + changeId + "/undo";
        }
        try {
            changes.undo(user, changeId);
            redirect.addFlashAttribute("notice", notice("undo.notice.undoing"));
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("undoError", refused.getMessage());
            return "redirect:/projects/" + projectId + "/changes/" + changeId + "/undo";
        }
        return workspace(projectId);
    }

    /** Someone else's change, or one of another project, is not found (the same 404 as a missing one). */
    private void requireOfProject(SignedInUser user, String projectId, String changeId) {
        if (!changes.get(user.id(), changeId).projectId().equals(projectId)) {
            throw new dev.truecoding.system.NotFoundException("Change");
        }
    }

    /** A notice in the language of the page that sent the form. */
    private String notice(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static String workspace(String projectId) {
        return "redirect:/projects/" + projectId + "/workspace";
    }
}
