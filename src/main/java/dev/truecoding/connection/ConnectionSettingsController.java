package dev.truecoding.connection;

import dev.truecoding.account.SignedInUser;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Settings → a provider, the same for each: the page ({@code <key>/settings}, the connection under {@code <key>},
 * {@code oauthAvailable}), connecting through OAuth with a state (and a PKCE verifier where the provider takes one)
 * kept in the session and refused as {@link OAuthCallback} says, disconnecting, and what the person reads after each
 * (a {@code notice}, or the problem under {@code <key>Error}). A provider's controller maps it under
 * {@code /settings/<key>} and adds only what differs: where OAuth starts, how its code is exchanged, and its
 * token form (which fields it has), which ends in {@link #connected}.
 */
public abstract class ConnectionSettingsController<C extends AccountConnection> {

    private final ProviderConnections<C> connections;
    private final String provider;
    private final String key;
    private final String oauthSettings;
    private final boolean pkce;
    private final String stateAttribute;
    private final String verifierAttribute;
    private MessageSource messages;

    /**
     * @param provider      the provider's name as pages say it ("GitHub")
     * @param key           its path segment, template folder and model name ("github")
     * @param oauthSettings the environment variables OAuth needs, named when they are missing
     * @param pkce          whether the authorization request carries a PKCE verifier (RFC 7636)
     */
    protected ConnectionSettingsController(ProviderConnections<C> connections, String provider, String key,
                                           String oauthSettings, boolean pkce) {
        this.connections = connections;
        this.provider = provider;
        this.key = key;
        this.oauthSettings = oauthSettings;
        this.pkce = pkce;
        this.stateAttribute = ConnectionSettingsController.class.getName() + "." + key + ".state";
        this.verifierAttribute = ConnectionSettingsController.class.getName() + "." + key + ".codeVerifier";
    }

    /** The provider's page to send the person to; {@code codeVerifier} is null without PKCE. */
    protected abstract String authorizeUrl(String callbackUrl, String state, String codeVerifier);

    /** The code the provider sent back, exchanged and checked, then stored; {@code codeVerifier} as above. */
    protected abstract C connectWithCode(String userId, String code, String callbackUrl, String codeVerifier);

    @GetMapping
    public String settings(SignedInUser user, Model model) {
        model.addAttribute(key, connections.status(user.id()));
        model.addAttribute("oauthAvailable", connections.oauthAvailable());
        return key + "/settings";
    }

    /** Set by Spring, so a provider's constructor need not pass it on. */
    @Autowired
    void setMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** A notice in the person's language. */
    private String words(String message, Object... arguments) {
        return messages.getMessage(message, arguments, LocaleContextHolder.getLocale());
    }

    @GetMapping("/connect")
    public String connect(HttpSession session, RedirectAttributes redirect) {
        if (!connections.oauthAvailable()) {
            redirect.addFlashAttribute(errorAttribute(), words("connection.error.notSetUp", provider, oauthSettings));
            return redirect();
        }
        String state = OAuthState.issue(session, stateAttribute);
        String verifier = pkce ? OAuthState.issue(session, verifierAttribute) : null;
        return "redirect:" + authorizeUrl(callbackUrl(), state, verifier);
    }

    /**
     * The provider's redirect back. Also reached when someone starts at the provider (Vercel's marketplace) rather
     * than here: without our state that is refused, and they start here instead.
     */
    @GetMapping("/callback")
    public String callback(SignedInUser user, HttpSession session, @RequestParam(required = false) String code,
                           @RequestParam(required = false) String state, @RequestParam(required = false) String error,
                           RedirectAttributes redirect) {
        // Taken whatever happens next, like the state: a verifier serves one callback.
        String verifier = pkce ? OAuthState.take(session, verifierAttribute).orElse(null) : null;
        Optional<String> refusal = OAuthCallback.refusal(provider, session, stateAttribute, state, error, code);
        if (refusal.isPresent()) {
            redirect.addFlashAttribute(errorAttribute(), refusal.get());
            return redirect();
        }
        return connected(redirect, () -> connectWithCode(user.id(), code, callbackUrl(), verifier));
    }

    @PostMapping("/disconnect")
    public String disconnect(SignedInUser user, RedirectAttributes redirect) {
        connections.disconnect(user.id());
        redirect.addFlashAttribute("notice", words("connection.notice.disconnected", provider));
        return redirect();
    }

    /** Connects as {@code connect} says and tells the person how that went: as whom, or why not. */
    protected final String connected(RedirectAttributes redirect, Supplier<C> connect) {
        try {
            C connection = connect.get();
            redirect.addFlashAttribute("notice", words("connection.notice.connected", provider, connection.describe()));
            if (connection.problem() != null) {
                redirect.addFlashAttribute(errorAttribute(), connection.problem());
            }
        } catch (ConnectionException e) {
            redirect.addFlashAttribute(errorAttribute(), e.getMessage());
        }
        return redirect();
    }

    private String errorAttribute() {
        return key + "Error";
    }

    private String redirect() {
        return "redirect:/settings/" + key;
    }

    /** Must equal the redirect URL registered with the provider: it checks it when the code is exchanged. */
    private String callbackUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/settings/" + key + "/callback").toUriString();
    }
}
