package dev.truecoding.github;

import dev.truecoding.connection.ConnectedAccounts;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

/**
 * GitHub's connection in the one store of connected accounts ({@link ConnectedAccounts}): an access token, a
 * refresh token and when the access token expires, all by user id and encrypted there.
 */
@Repository
class GitHubTokenStore {

    static final String ACCESS = ConnectedAccounts.Provider.GITHUB.accessColumn();
    static final String REFRESH = ConnectedAccounts.Provider.GITHUB.refreshColumn();

    private final ConnectedAccounts accounts;

    GitHubTokenStore(ConnectedAccounts accounts) {
        this.accounts = accounts;
    }

    /** The stored tokens; with {@code lock}, the row stays locked until the transaction ends (refresh). */
    Optional<StoredTokens> find(String userId, boolean lock) {
        return accounts.find(userId, ConnectedAccounts.Provider.GITHUB, lock)
                .map(tokens -> new StoredTokens(tokens.accessToken(), tokens.refreshToken(), tokens.expiresAt()));
    }

    void save(String userId, String accessToken, String refreshToken, Instant expiresAt) {
        accounts.save(userId, ConnectedAccounts.Provider.GITHUB,
                new ConnectedAccounts.Tokens(accessToken, refreshToken, expiresAt, null));
    }

    boolean delete(String userId) {
        return accounts.delete(userId, ConnectedAccounts.Provider.GITHUB);
    }

    record StoredTokens(String accessToken, String refreshToken, Instant expiresAt) {

        boolean expiresBefore(Instant moment) {
            return expiresAt != null && expiresAt.isBefore(moment);
        }

        @Override
        public String toString() {
            return "StoredTokens[expiresAt=" + expiresAt + "]";
        }
    }
}
