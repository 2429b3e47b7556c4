package dev.truecoding.vercel;

import dev.truecoding.vercel.VercelException.Reason;
import dev.truecoding.vercel.VercelTokenStore.StoredConnection;
import dev.truecoding.connection.ConnectedAccounts;
import dev.truecoding.connection.ProviderConnections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Connects, checks and disconnects a person's Vercel account (or team), and hands out its credentials. */
@Service
public class VercelConnections implements ProviderConnections<VercelConnection> {

    private static final Logger log = LoggerFactory.getLogger(VercelConnections.class);

    private final VercelTokenStore store;
    private final VercelApi api;
    private final VercelOAuth oauth;
    private final VercelSettings settings;
    /**
     * Tokens Vercel accepted since this instance started, keyed by user and a hash of the token: the settings page
     * asks Vercel once per token rather than on every visit, and a token replaced on another instance is asked again.
     */
    private final Set<String> verified = ConcurrentHashMap.newKeySet();

    VercelConnections(VercelTokenStore store, VercelApi api, VercelOAuth oauth, VercelSettings settings) {
        this.store = store;
        this.api = api;
        this.oauth = oauth;
        this.settings = settings;
    }

    /** Whether True Coding can send people through Vercel's integration flow (client id, secret and slug set). */
    @Override
    public boolean oauthAvailable() {
        return settings.oauthConfigured();
    }

    /** True when the person has Vercel connected (without asking Vercel). */
    public boolean isConnected(String userId) {
        return store.find(userId).isPresent();
    }

    @Override
    public VercelConnection status(String userId) {
        var stored = store.find(userId);
        if (stored.isEmpty()) {
            return VercelConnection.none();
        }
        StoredConnection connection = stored.get();
        String problem = null;
        String key = ConnectedAccounts.fingerprint(userId, connection.token());
        if (!verified.contains(key)) {
            try {
                api.get(connection.credentials(), "/v2/user");
                verified.add(key);
            } catch (VercelException e) {
                // A team-scoped integration token may not read the user; only a refused token is a problem.
                if (e.reason() == Reason.FORBIDDEN) {
                    verified.add(key);
                } else {
                    problem = e.getMessage();
                }
            }
        }
        return new VercelConnection(true, connection.accountName(), connection.teamId(), connection.teamName(), problem);
    }

    String installUrl(String state) {
        return oauth.installUrl(state);
    }

    /**
     * The integration callback: the code exchanged, then the names looked up for the settings page. The token came
     * from Vercel itself, so a name Vercel will not tell (a team-scoped token reading the user) does not stop it.
     */
    VercelConnection connectWithCode(String userId, String code, String redirectUri) {
        VercelOAuth.Grant grant = oauth.exchange(code, redirectUri);
        var credentials = new VercelCredentials(grant.accessToken(), grant.teamId());
        String account = null;
        String teamName = null;
        try {
            account = username(api.get(credentials, "/v2/user"));
        } catch (VercelException e) {
            if (e.reason() != Reason.FORBIDDEN) {
                throw e;
            }
        }
        if (credentials.hasTeam()) {
            try {
                teamName = teamName(api.get(credentials, "/v2/teams/" + VercelApi.segment(grant.teamId())));
            } catch (VercelException e) {
                if (e.reason() != Reason.FORBIDDEN && e.reason() != Reason.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return save(userId, new StoredConnection(grant.accessToken(), grant.teamId(), account, teamName));
    }

    /**
     * A pasted access token (vercel.com/account/tokens), stored only once Vercel accepted it with {@code GET /v2/user};
     * with a team id (or slug), only once {@code GET /v2/teams/{id}} showed the token may act for that team.
     */
    VercelConnection connectWithToken(String userId, String token, String team) {
        String trimmed = token == null ? "" : token.strip();
        if (trimmed.isEmpty() || trimmed.length() > 512 || !trimmed.matches("[A-Za-z0-9_.-]+")) {
            throw new VercelException(Reason.NOT_CONNECTED, 0,
                    "That does not look like a Vercel access token (create one at vercel.com/account/tokens).");
        }
        String teamRef = team == null || team.isBlank() ? null : team.strip();
        if (teamRef != null && !teamRef.matches("[A-Za-z0-9_-]{1,100}")) {
            throw new VercelException(Reason.NOT_CONNECTED, 0,
                    "That does not look like a Vercel team id (team_…) or slug: leave it empty for your personal account.");
        }
        var personal = new VercelCredentials(trimmed, null);
        String account;
        try {
            account = username(api.get(personal, "/v2/user"));
        } catch (VercelException e) {
            if (e.reason() == Reason.UNAUTHORIZED) {
                throw new VercelException(Reason.UNAUTHORIZED, e.status(), e.vercelCode(), "Vercel did not accept that token ("
                        + e.status() + "). Check it was copied whole, has not expired, and was not deleted.", null);
            }
            throw e;
        }
        String teamId = null;
        String teamName = null;
        if (teamRef != null) {
            JsonNode teamJson;
            try {
                teamJson = api.get(personal, "/v2/teams/" + VercelApi.segment(teamRef));
            } catch (VercelException e) {
                if (e.reason() == Reason.FORBIDDEN || e.reason() == Reason.NOT_FOUND) {
                    throw new VercelException(e.reason(), e.status(), e.vercelCode(), "That token cannot act for the team '"
                            + teamRef + "' (Vercel answered " + e.status() + "). Check the team id (the team's Settings → "
                            + "General on Vercel) and that the token's scope includes the team.", null);
                }
                throw e;
            }
            teamId = teamJson.path("id").asString(teamRef);
            teamName = teamName(teamJson);
        }
        return save(userId, new StoredConnection(trimmed, teamId, account, teamName));
    }

    @Override
    public void disconnect(String userId) {
        verified.removeIf(key -> key.startsWith(userId + ":"));
        if (store.delete(userId)) {
            log.info("Vercel disconnected for user {}", userId);
        }
    }

    /** The token and team of the person's connection. */
    VercelCredentials credentials(String userId) {
        return store.find(userId).map(StoredConnection::credentials)
                .orElseThrow(() -> new VercelException(Reason.NOT_CONNECTED, 0,
                        "No Vercel account is connected. Connect one in Settings → Vercel."));
    }

    private VercelConnection save(String userId, StoredConnection connection) {
        store.save(userId, connection);
        verified.removeIf(key -> key.startsWith(userId + ":"));
        verified.add(ConnectedAccounts.fingerprint(userId, connection.token()));
        log.info("Vercel connected for user {} as {} (team {})", userId, connection.accountName(), connection.teamId());
        return new VercelConnection(true, connection.accountName(), connection.teamId(), connection.teamName(), null);
    }

    private static String username(JsonNode answer) {
        JsonNode user = answer.path("user");
        String username = user.path("username").asString("");
        return username.isBlank() ? user.path("name").asString(null) : username;
    }

    private static String teamName(JsonNode team) {
        String name = team.path("name").asString("");
        return name.isBlank() ? team.path("slug").asString(null) : name;
    }

}
