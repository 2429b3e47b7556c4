package dev.truecoding.github;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.connection.ConnectionSettingsController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings → GitHub: the shared connection page ({@link ConnectionSettingsController}) with GitHub's OAuth web flow
 * (PKCE) and a pasted fine-grained or classic token.
 */
@Controller
@RequestMapping("/settings/github")
class GitHubConnectionController extends ConnectionSettingsController<GitHubConnection> {

    private final GitHubConnections connections;

    GitHubConnectionController(GitHubConnections connections) {
        super(connections, "GitHub", "github", "GITHUB_CLIENT_ID", true);
        this.connections = connections;
    }

    @Override
    protected String authorizeUrl(String callbackUrl, String state, String codeVerifier) {
        return connections.authorizeUrl(callbackUrl, state, codeVerifier);
    }

    @Override
    protected GitHubConnection connectWithCode(String userId, String code, String callbackUrl, String codeVerifier) {
        return connections.connectWithCode(userId, code, callbackUrl, codeVerifier);
    }

    @PostMapping("/token")
    String pasteToken(SignedInUser user, @RequestParam(defaultValue = "") String token, RedirectAttributes redirect) {
        return connected(redirect, () -> connections.connectWithToken(user.id(), token));
    }
}
