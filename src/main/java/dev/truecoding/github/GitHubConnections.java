package dev.truecoding.github;

import dev.truecoding.github.GitHubException.Reason;
import dev.truecoding.github.GitHubTokenStore.StoredTokens;
import dev.truecoding.connection.ConnectedAccounts;
import dev.truecoding.connection.ProviderConnections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Connects, checks and disconnects a person's GitHub account, and hands out a fresh access token. */
@Service
public class GitHubConnections implements ProviderConnections<GitHubConnection> {

    private static final Logger log = LoggerFactory.getLogger(GitHubConnections.class);
    /** Refresh a little early, so a token does not expire between the check and GitHub's answer. */
    private static final Duration REFRESH_MARGIN = Duration.ofMinutes(1);

    private final GitHubTokenStore store;
    private final GitHubApi api;
    private final GitHubOAuth oauth;
    private final GitHubSettings settings;
    private final TransactionTemplate transactions;
    /**
     * Logins, shown on every settings page and not worth a column or a call each time. Keyed by user and a hash of
     * the token, so a token replaced on another instance is looked up again rather than shown under the old login.
     */
    private final Map<String, String> logins = new ConcurrentHashMap<>();

    GitHubConnections(GitHubTokenStore store, GitHubApi api, GitHubOAuth oauth, GitHubSettings settings,
                      TransactionTemplate transactions) {
        this.store = store;
        this.api = api;
        this.oauth = oauth;
        this.settings = settings;
        this.transactions = transactions;
    }

    /** Whether True Coding can send people through GitHub's OAuth flow (a client id and secret are set). */
    @Override
    public boolean oauthAvailable() {
        return settings.oauthConfigured();
    }

    @Override
    public GitHubConnection status(String userId) {
        var stored = store.find(userId, false);
        if (stored.isEmpty()) {
            return GitHubConnection.none();
        }
        Instant expiresAt = stored.get().expiresAt();
        String login = logins.get(ConnectedAccounts.fingerprint(userId, stored.get().accessToken()));
        if (login != null) {
            return new GitHubConnection(true, login, expiresAt, null);
        }
        try {
            String token = accessToken(userId);
            login = verify(token);
            logins.put(ConnectedAccounts.fingerprint(userId, token), login);
            return new GitHubConnection(true, login, store.find(userId, false).map(StoredTokens::expiresAt).orElse(null), null);
        } catch (GitHubException e) {
            return new GitHubConnection(true, null, expiresAt, e.getMessage());
        }
    }

    /** True when the person has a GitHub account connected (without asking GitHub). */
    public boolean isConnected(String userId) {
        return store.find(userId, false).isPresent();
    }

    String authorizeUrl(String redirectUri, String state, String codeVerifier) {
        return oauth.authorizeUrl(redirectUri, state, codeVerifier);
    }

    /** The OAuth callback: the code exchanged, the token checked with {@code GET /user}, then stored. */
    GitHubConnection connectWithCode(String userId, String code, String redirectUri, String codeVerifier) {
        GitHubOAuth.Tokens tokens = oauth.exchange(code, redirectUri, codeVerifier);
        return connect(userId, tokens.accessToken(), tokens.refreshToken(), tokens.expiresAt());
    }

    /** A pasted personal access token, stored only once GitHub accepted it. */
    GitHubConnection connectWithToken(String userId, String token) {
        String trimmed = token == null ? "" : token.strip();
        if (trimmed.isEmpty() || trimmed.length() > 512 || !trimmed.matches("[A-Za-z0-9_]+")) {
            throw new GitHubException(Reason.NOT_CONNECTED, 0,
                    "That does not look like a GitHub token (they look like github_pat_… or ghp_…).");
        }
        return connect(userId, trimmed, null, null);
    }

    private GitHubConnection connect(String userId, String accessToken, String refreshToken, Instant expiresAt) {
        String login;
        String scopes;
        try {
            var user = api.send(accessToken, HttpMethod.GET, "/user", null);
            login = user.body().path("login").asString("");
            scopes = user.headers().getFirst("X-OAuth-Scopes");
        } catch (GitHubException e) {
            if (e.reason() == Reason.BAD_CREDENTIALS) {
                throw new GitHubException(Reason.BAD_CREDENTIALS, 401,
                        "GitHub did not accept that token (401 Bad credentials). Check it was copied whole and has not expired.");
            }
            throw e;
        }
        store.save(userId, accessToken, refreshToken, expiresAt);
        logins.keySet().removeIf(key -> key.startsWith(userId + ":"));
        logins.put(ConnectedAccounts.fingerprint(userId, accessToken), login);
        log.info("GitHub connected for user {} as {}", userId, login);
        return new GitHubConnection(true, login, expiresAt, missingWorkflowScope(scopes));
    }

    @Override
    public void disconnect(String userId) {
        logins.keySet().removeIf(key -> key.startsWith(userId + ":"));
        if (store.delete(userId)) {
            log.info("GitHub disconnected for user {}", userId);
        }
    }

    /**
     * A usable access token: refreshed first when it expires soon. The refresh runs with the user's row locked,
     * because GitHub's refresh tokens are single use: two instances refreshing at once would lose the connection.
     */
    String accessToken(String userId) {
        StoredTokens tokens = store.find(userId, false).orElseThrow(GitHubConnections::notConnected);
        if (!tokens.expiresBefore(Instant.now().plus(REFRESH_MARGIN))) {
            return tokens.accessToken();
        }
        return transactions.execute(status -> {
            StoredTokens locked = store.find(userId, true).orElseThrow(GitHubConnections::notConnected);
            if (!locked.expiresBefore(Instant.now().plus(REFRESH_MARGIN))) {
                return locked.accessToken(); // another request refreshed it meanwhile
            }
            if (locked.refreshToken() == null || !settings.oauthConfigured()) {
                throw new GitHubException(Reason.NOT_CONNECTED, 0, "Your GitHub token has expired. Reconnect GitHub.");
            }
            GitHubOAuth.Tokens fresh = oauth.refresh(locked.refreshToken());
            store.save(userId, fresh.accessToken(), fresh.refreshToken(), fresh.expiresAt());
            String login = logins.remove(ConnectedAccounts.fingerprint(userId, locked.accessToken()));
            if (login != null) {
                logins.put(ConnectedAccounts.fingerprint(userId, fresh.accessToken()), login);
            }
            log.info("GitHub token refreshed for user {}", userId);
            return fresh.accessToken();
        });
    }

    private String verify(String accessToken) {
        return api.get(accessToken, "/user").path("login").asString("");
    }

    /**
     * Classic and OAuth tokens list their scopes in {@code X-OAuth-Scopes}; fine-grained and GitHub App tokens send
     * none, and their permissions cannot be read ahead, so only a listed lack of {@code workflow} is reported.
     */
    static String missingWorkflowScope(String scopes) {
        if (scopes == null) {
            return null;
        }
        boolean workflow = Arrays.stream(scopes.split(",")).map(String::strip).anyMatch("workflow"::equals);
        return workflow ? null : "This token lacks the 'workflow' scope: True Coding cannot write the app's CI workflow "
                + "(.github/workflows/) with it. Connect again granting it.";
    }


    private static GitHubException notConnected() {
        return new GitHubException(Reason.NOT_CONNECTED, 0, "No GitHub account is connected. Connect one in Settings → GitHub.");
    }
}
