package dev.truecoding.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings → Account: who the person is here, and the handle their addresses use, which they may change. */
@Controller
@RequestMapping("/settings/account")
class AccountSettingsController {

    private static final String VIEW = "account/settings";

    record HandleForm(String handle) {
    }

    private final AccountService accounts;

    AccountSettingsController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String show(SignedInUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new HandleForm(user.handle()));
        }
        model.addAttribute("account", user);
        return VIEW;
    }

    @PostMapping("/handle")
    String changeHandle(SignedInUser user, @ModelAttribute("form") HandleForm form, BindingResult errors, Model model,
                        RedirectAttributes redirect) {
        try {
            SignedInUser changed = accounts.changeHandle(user.id(), form.handle());
            redirect.addFlashAttribute("handleChangedFrom", user.handle());
            redirect.addFlashAttribute("handleChangedTo", changed.handle());
        } catch (HandleRefusedException refused) {
            AccountPageController.rejectHandle(errors, refused.reason());
            model.addAttribute("account", user);
            return VIEW;
        }
        return "redirect:/settings/account";
    }
}
