package dev.truecoding.github;

import dev.truecoding.account.SignedInUser;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Settings → GitHub: connect through OAuth or with a pasted token, see as whom, disconnect. */
@Controller
@RequestMapping("/settings/github")
class GitHubConnectionController {

    private static final String VIEW = "github/settings";
    private static final String REDIRECT = "redirect:/settings/github";
    static final String STATE_ATTRIBUTE = GitHubConnectionController.class.getName() + ".state";
    static final String VERIFIER_ATTRIBUTE = GitHubConnectionController.class.getName() + ".codeVerifier";
    private static final SecureRandom RANDOM = new SecureRandom();

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
        String state = randomToken();
        String verifier = randomToken();
        session.setAttribute(STATE_ATTRIBUTE, state);
        session.setAttribute(VERIFIER_ATTRIBUTE, verifier);
        return "redirect:" + connections.authorizeUrl(callbackUrl(), state, verifier);
    }

    @GetMapping("/callback")
    String callback(SignedInUser user, HttpSession session, @RequestParam(required = false) String code,
                    @RequestParam(required = false) String state, @RequestParam(required = false) String error,
                    RedirectAttributes redirect) {
        // One state per flow: taken out of the session whatever happens, so it cannot be replayed.
        Object expected = session.getAttribute(STATE_ATTRIBUTE);
        Object verifier = session.getAttribute(VERIFIER_ATTRIBUTE);
        session.removeAttribute(STATE_ATTRIBUTE);
        session.removeAttribute(VERIFIER_ATTRIBUTE);
        if (!(expected instanceof String expectedState) || state == null || !sameState(expectedState, state)) {
            redirect.addFlashAttribute("githubError", "GitHub's answer did not match a connection started here "
                    + "(the state check failed), so nothing was saved. Start again with Connect GitHub.");
            return REDIRECT;
        }
        if (error != null) {
            redirect.addFlashAttribute("githubError", "access_denied".equals(error)
                    ? "You declined access on GitHub, so GitHub is not connected."
                    : "GitHub did not connect (" + error + ").");
            return REDIRECT;
        }
        if (code == null || code.isBlank()) {
            redirect.addFlashAttribute("githubError", "GitHub sent no code back. Start again with Connect GitHub.");
            return REDIRECT;
        }
        try {
            connected(connections.connectWithCode(user.id(), code, callbackUrl(), (String) verifier), redirect);
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

    /** 256 random bits, URL-safe: the state, and the PKCE verifier (43 characters, within RFC 7636's 43–128). */
    private static String randomToken() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static boolean sameState(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    private static String callbackUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/settings/github/callback").toUriString();
    }
}
