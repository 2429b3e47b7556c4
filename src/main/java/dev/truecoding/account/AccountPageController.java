package dev.truecoding.account;

import dev.truecoding.system.PendingIdea;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Sign-up and the sign-in page; the sign-in itself is handled by Spring Security's form and OIDC logins. */
@Controller
class AccountPageController {

    private static final String SIGN_UP_VIEW = "account/signUp";

    private final AccountService accounts;
    private final ObjectProvider<ClientRegistrationRepository> oidc;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountPageController(AccountService accounts, ObjectProvider<ClientRegistrationRepository> oidc) {
        this.accounts = accounts;
        this.oidc = oidc;
    }

    @ModelAttribute("oidcName")
    String oidcName() {
        var registrations = oidc.getIfAvailable();
        if (registrations == null) {
            return null;
        }
        return registrations.findByRegistrationId(OidcConfiguration.REGISTRATION_ID).getClientName();
    }

    /** The idea typed on the home page, shown on the sign-up page so the person sees it is kept. */
    @ModelAttribute("pendingIdea")
    String pendingIdea(HttpServletRequest request) {
        return PendingIdea.peek(request).orElse(null);
    }

    @GetMapping("/login")
    String signIn() {
        return SignedInUserArgumentResolver.current() != null ? "redirect:/projects" : "account/signIn";
    }

    @GetMapping("/signup")
    String signUpForm(Model model) {
        if (SignedInUserArgumentResolver.current() != null) {
            return "redirect:/projects";
        }
        model.addAttribute("form", SignUpForm.empty());
        return SIGN_UP_VIEW;
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors,
                  HttpServletRequest request, HttpServletResponse response) {
        String handle = AccountService.normalizeHandle(form.handle());
        if (!handle.isEmpty()) {
            accounts.handleProblem(null, handle).ifPresent(reason -> rejectHandle(errors, reason));
        }
        if (errors.hasErrors()) {
            return SIGN_UP_VIEW;
        }
        SignedInUser user;
        try {
            user = accounts.signUp(form);
        } catch (EmailTakenException taken) {
            errors.rejectValue("email", "signUp.emailTaken", taken.getMessage());
            return SIGN_UP_VIEW;
        } catch (HandleRefusedException refused) {
            rejectHandle(errors, refused.reason());
            return SIGN_UP_VIEW;
        }
        // Sign-in starts a fresh session; an idea typed on the home page before signing up goes along with it.
        var idea = PendingIdea.take(request);
        signIn(user, request, response);
        idea.ifPresent(text -> PendingIdea.keep(request, text));
        return idea.isPresent() ? "redirect:" + PendingIdea.CONTINUE_PATH : "redirect:/projects";
    }

    static void rejectHandle(BindingResult errors, HandleRefusedException.Reason reason) {
        errors.rejectValue("handle", reason.messageKey(), new HandleRefusedException(reason).getMessage());
    }

    /** A new account is signed in at once, in a fresh session (no fixation of a session created before). */
    private void signIn(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AccountAuthentication(user));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
