package dev.truecoding.vercel;

import dev.truecoding.connection.ConnectedAccounts;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * Vercel's connection in the one store of connected accounts ({@link ConnectedAccounts}), by user id and encrypted
 * there: the token, and the team it acts in with the names to show. Vercel's integration tokens do not expire and
 * come without a refresh token, so those two columns stay empty.
 */
@Repository
class VercelTokenStore {

    static final String ACCESS = ConnectedAccounts.Provider.VERCEL.accessColumn();
    private static final String TEAM_ID = "team_id";
    private static final String ACCOUNT_NAME = "account_name";
    private static final String TEAM_NAME = "team_name";

    private final ConnectedAccounts accounts;

    VercelTokenStore(ConnectedAccounts accounts) {
        this.accounts = accounts;
    }

    Optional<StoredConnection> find(String userId) {
        return accounts.find(userId, ConnectedAccounts.Provider.VERCEL, false)
                .map(tokens -> new StoredConnection(tokens.accessToken(), tokens.detail(TEAM_ID),
                        tokens.detail(ACCOUNT_NAME), tokens.detail(TEAM_NAME)));
    }

    void save(String userId, StoredConnection connection) {
        accounts.save(userId, ConnectedAccounts.Provider.VERCEL, new ConnectedAccounts.Tokens(connection.token(), null, null,
                ConnectedAccounts.details(TEAM_ID, connection.teamId(), ACCOUNT_NAME, connection.accountName(),
                        TEAM_NAME, connection.teamName())));
    }

    boolean delete(String userId) {
        return accounts.delete(userId, ConnectedAccounts.Provider.VERCEL);
    }

    /** A connection as stored: the token in clear (only in memory), the team and the names to show. */
    record StoredConnection(String token, String teamId, String accountName, String teamName) {

        VercelCredentials credentials() {
            return new VercelCredentials(token, teamId);
        }

        @Override
        public String toString() {
            return "StoredConnection[teamId=" + teamId + ", accountName=" + accountName + "]";
        }
    }
}
