package dev.truecoding.account;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings → Access tokens: list, create (shown once), revoke. */
@Controller
@RequestMapping("/settings/tokens")
class TokenPageController {

    private static final String VIEW = "account/tokens";

    private final PersonalAccessTokens tokens;
    private final MessageSource messages;

    TokenPageController(PersonalAccessTokens tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping
    String list(SignedInUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TokenRequest(""));
        }
        model.addAttribute("tokens", tokens.list(user.id()));
        return VIEW;
    }

    @PostMapping
    String create(SignedInUser user, @Valid @ModelAttribute("form") TokenRequest form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("tokens", tokens.list(user.id()));
            return VIEW;
        }
        CreatedToken created = tokens.create(user.id(), form.name());
        redirect.addFlashAttribute("createdToken", created.token());
        redirect.addFlashAttribute("createdTokenName", created.details().name());
        return "redirect:/settings/tokens";
    }

    @PostMapping("/{id}/revoke")
    String revoke(SignedInUser user, @PathVariable String id, RedirectAttributes redirect) {
        tokens.revoke(user.id(), id);
        redirect.addFlashAttribute("notice", messages.getMessage("tokens.notice.revoked", null, LocaleContextHolder.getLocale()));
        return "redirect:/settings/tokens";
    }
}
