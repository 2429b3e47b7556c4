package dev.truecoding.vercel;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.connection.OAuthCallback;
import dev.truecoding.connection.OAuthState;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Optional;

/** Settings → Vercel: connect through the Vercel integration or with a pasted token, see as whom, disconnect. */
@Controller
@RequestMapping("/settings/vercel")
class VercelConnectionController {

    private static final String VIEW = "vercel/settings";
    private static final String REDIRECT = "redirect:/settings/vercel";
    static final String STATE_ATTRIBUTE = VercelConnectionController.class.getName() + ".state";

    private final VercelConnections connections;

    VercelConnectionController(VercelConnections connections) {
        this.connections = connections;
    }

    @GetMapping
    String settings(SignedInUser user, Model model) {
        model.addAttribute("vercel", connections.status(user.id()));
        model.addAttribute("oauthAvailable", connections.oauthAvailable());
        return VIEW;
    }

    @GetMapping("/connect")
    String connect(HttpSession session, RedirectAttributes redirect) {
        if (!connections.oauthAvailable()) {
            redirect.addFlashAttribute("vercelError", "Connecting through Vercel is not set up here "
                    + "(VERCEL_CLIENT_ID, VERCEL_CLIENT_SECRET, VERCEL_INTEGRATION_SLUG). Paste a token instead.");
            return REDIRECT;
        }
        return "redirect:" + connections.installUrl(OAuthState.issue(session, STATE_ATTRIBUTE));
    }

    /**
     * Vercel's redirect after the integration is installed. Also reached when someone installs the integration from
     * Vercel's marketplace rather than from here: without our state that is refused, and they start here instead.
     * Vercel's {@code next} parameter (closing its marketplace popup) is not followed: this flow runs in the page.
     */
    @GetMapping("/callback")
    String callback(SignedInUser user, HttpSession session, @RequestParam(required = false) String code,
                    @RequestParam(required = false) String state, @RequestParam(required = false) String error,
                    RedirectAttributes redirect) {
        Optional<String> refusal = OAuthCallback.refusal("Vercel", session, STATE_ATTRIBUTE, state, error, code);
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("vercelError", refusal.get());
            return REDIRECT;
        }
        try {
            connected(connections.connectWithCode(user.id(), code, callbackUrl()), redirect);
        } catch (VercelException e) {
            redirect.addFlashAttribute("vercelError", e.getMessage());
        }
        return REDIRECT;
    }

    @PostMapping("/token")
    String pasteToken(SignedInUser user, @RequestParam(defaultValue = "") String token,
                      @RequestParam(defaultValue = "") String teamId, RedirectAttributes redirect) {
        try {
            connected(connections.connectWithToken(user.id(), token, teamId), redirect);
        } catch (VercelException e) {
            redirect.addFlashAttribute("vercelError", e.getMessage());
        }
        return REDIRECT;
    }

    @PostMapping("/disconnect")
    String disconnect(SignedInUser user, RedirectAttributes redirect) {
        connections.disconnect(user.id());
        redirect.addFlashAttribute("notice", "Vercel disconnected: its token was deleted from True Coding.");
        return REDIRECT;
    }

    private static void connected(VercelConnection connection, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "Vercel connected as " + connection.describe() + ".");
    }

    /** Must equal the Redirect URL registered with the integration: Vercel checks it when the code is exchanged. */
    private static String callbackUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/settings/vercel/callback").toUriString();
    }
}
