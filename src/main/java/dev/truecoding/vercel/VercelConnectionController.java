package dev.truecoding.vercel;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.connection.ConnectionSettingsController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings → Vercel: the shared connection page ({@link ConnectionSettingsController}) with the Vercel integration's
 * install flow (no PKCE) and a pasted token with an optional team. Vercel's {@code next} parameter (closing its
 * marketplace popup) is not followed: this flow runs in the page.
 */
@Controller
@RequestMapping("/settings/vercel")
class VercelConnectionController extends ConnectionSettingsController<VercelConnection> {

    private final VercelConnections connections;

    VercelConnectionController(VercelConnections connections) {
        super(connections, "Vercel", "vercel", "VERCEL_CLIENT_ID, VERCEL_CLIENT_SECRET, VERCEL_INTEGRATION_SLUG", false);
        this.connections = connections;
    }

    /** The integration's install page; Vercel sends people back to the Redirect URL registered with it. */
    @Override
    protected String authorizeUrl(String callbackUrl, String state, String codeVerifier) {
        return connections.installUrl(state);
    }

    @Override
    protected VercelConnection connectWithCode(String userId, String code, String callbackUrl, String codeVerifier) {
        return connections.connectWithCode(userId, code, callbackUrl);
    }

    @PostMapping("/token")
    String pasteToken(SignedInUser user, @RequestParam(defaultValue = "") String token,
                      @RequestParam(defaultValue = "") String teamId, RedirectAttributes redirect) {
        return connected(redirect, () -> connections.connectWithToken(user.id(), token, teamId));
    }
}
