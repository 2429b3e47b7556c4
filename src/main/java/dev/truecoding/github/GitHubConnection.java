package dev.truecoding.github;

import dev.truecoding.connection.AccountConnection;

import java.time.Instant;

/**
 * Whether a person has GitHub connected, as whom, and any problem with the connection. Never holds a token.
 *
 * @param login     the GitHub login, when GitHub could be asked
 * @param expiresAt when the access token expires (refreshed automatically), null for tokens that do not expire
 * @param problem   a sentence for the person when the connection needs attention, else null
 */
public record GitHubConnection(boolean connected, String login, Instant expiresAt, String problem) implements AccountConnection {

    static GitHubConnection none() {
        return new GitHubConnection(false, null, null, null);
    }

    /** "@octocat", for pages and messages. */
    @Override
    public String describe() {
        return "@" + login;
    }
}
