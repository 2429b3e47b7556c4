package dev.truecoding.connection;

/** What the shared pages and API need of a provider's connection record ({@code GitHubConnection}, …). */
public interface AccountConnection {

    boolean connected();

    /** A sentence for the person when the connection needs attention, else null. */
    String problem();

    /** Whom it connects, as the page says it after "connected as" ("@octocat", "ada (team Acme)"). */
    String describe();
}
