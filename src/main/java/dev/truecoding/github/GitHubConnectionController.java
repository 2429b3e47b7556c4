package dev.truecoding.github;

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

/** Settings → GitHub: connect through OAuth or with a pasted token, see as whom, disconnect. */
@Controller
@RequestMapping("/settings/github")
class GitHubConnectionController {

    private static final String VIEW = "github/settings";
    private static final String REDIRECT = "redirect:/settings/github";
    static final String STATE_ATTRIBUTE = GitHubConnectionController.class.getName() + ".state";
    static final String VERIFIER_ATTRIBUTE = GitHubConnectionController.class.getName() + ".codeVerifier";

    private final GitHubConnections connections;

    GitHubConnectionController(GitHubConnections connections) {
        this.connections = connections;
    }

    @GetMapping
    String settings(SignedInUser user, Model model) {
        model.addAttribute("github", connections.status(user.id()));
        model.addAttribute("oauthAvailable", connections.oauthAvailable());
        return VIEW;
    }

    @GetMapping("/connect")
    String connect(HttpSession session, RedirectAttributes redirect) {
        if (!connections.oauthAvailable()) {
            redirect.addFlashAttribute("githubError", "Connecting through GitHub is not set up here (GITHUB_CLIENT_ID). Paste a token instead.");
            return REDIRECT;
        }
        String state = OAuthState.issue(session, STATE_ATTRIBUTE);
        String verifier = OAuthState.issue(session, VERIFIER_ATTRIBUTE);
        return "redirect:" + connections.authorizeUrl(callbackUrl(), state, verifier);
    }

    @GetMapping("/callback")
    String callback(SignedInUser user, HttpSession session, @RequestParam(required = false) String code,
                    @RequestParam(required = false) String state, @RequestParam(required = false) String error,
                    RedirectAttributes redirect) {
        String verifier = OAuthState.take(session, VERIFIER_ATTRIBUTE).orElse(null);
        Optional<String> refusal = OAuthCallback.refusal("GitHub", session, STATE_ATTRIBUTE, state, error, code);
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("githubError", refusal.get());
            return REDIRECT;
        }
        try {
            connected(connections.connectWithCode(user.id(), code, callbackUrl(), verifier), redirect);
        } catch (GitHubException e) {
            redirect.addFlashAttribute("githubError", e.getMessage());
        }
        return REDIRECT;
    }

    @PostMapping("/token")
    String pasteToken(SignedInUser user, @RequestParam(defaultValue = "") String token, RedirectAttributes redirect) {
        try {
            connected(connections.connectWithToken(user.id(), token), redirect);
        } catch (GitHubException e) {
            redirect.addFlashAttribute("githubError", e.getMessage());
        }
        return REDIRECT;
    }

    @PostMapping("/disconnect")
    String disconnect(SignedInUser user, RedirectAttributes redirect) {
        connections.disconnect(user.id());
        redirect.addFlashAttribute("notice", "GitHub disconnected: its tokens were deleted from True Coding.");
        return REDIRECT;
    }

    private static void connected(GitHubConnection connection, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "GitHub connected as @" + connection.login() + ".");
        if (connection.problem() != null) {
            redirect.addFlashAttribute("githubError", connection.problem());
        }
    }

    private static String callbackUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/settings/github/callback").toUriString();
    }
}
