package dev.truecoding.vercel;

import dev.truecoding.connection.AccountConnection;

/**
 * Whether a person has Vercel connected, as whom, for which team, and any problem with the connection. Never holds
 * a token.
 *
 * @param account  the Vercel username, when Vercel told it
 * @param teamId   the team deployments go to ({@code team_…}), null for the personal account
 * @param teamName the team's name, when Vercel told it
 * @param problem  a sentence for the person when the connection needs attention, else null
 */
public record VercelConnection(boolean connected, String account, String teamId, String teamName, String problem)
        implements AccountConnection {

    static VercelConnection none() {
        return new VercelConnection(false, null, null, null, null);
    }

    /** "ada", "ada (team Acme)" or "team Acme", for pages and messages. */
    @Override
    public String describe() {
        String team = teamId == null ? null : "team " + (teamName == null ? teamId : teamName);
        if (account == null) {
            return team == null ? "your Vercel account" : team;
        }
        return team == null ? account : account + " (" + team + ")";
    }
}
