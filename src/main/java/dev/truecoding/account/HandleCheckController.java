package dev.truecoding.account;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the sign-up and account pages ask as a person types: the handle their name suggests, and whether the one
 * typed can be theirs, in their language. Open to people not signed in yet (sign-up); a signed-in person's own
 * former handles count as free for them. It says no more than a clone address would: whether a handle is used.
 */
@RestController
class HandleCheckController {

    static final String PATH = "/signup/handle-check";

    /** @param problem why the handle is refused, in the page's language; null when it is free */
    record HandleCheck(String handle, String suggestion, String problem) {
    }

    private final AccountService accounts;
    private final MessageSource messages;

    HandleCheckController(AccountService accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping(PATH)
    HandleCheck check(@RequestParam(defaultValue = "") String handle, @RequestParam(defaultValue = "") String name,
                      @RequestParam(defaultValue = "") String email) {
        SignedInUser current = SignedInUserArgumentResolver.current();
        String suggestion = name.isBlank() && email.isBlank() ? null : accounts.suggestHandle(name, email);
        String normalized = AccountService.normalizeHandle(handle);
        String problem = normalized.isEmpty() ? null : accounts.handleProblem(current == null ? null : current.id(), normalized)
                .map(reason -> messages.getMessage(reason.messageKey(), null, new HandleRefusedException(reason).getMessage(),
                        LocaleContextHolder.getLocale()))
                .orElse(null);
        return new HandleCheck(normalized, suggestion, problem);
    }
}
