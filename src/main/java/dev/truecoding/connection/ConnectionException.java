package dev.truecoding.connection;

import org.springframework.http.HttpStatus;

/**
 * A provider's call that did not work ({@code GitHubException}, {@code VercelException}), with a message that can
 * be shown to the person as it is and never a token. The shared settings page shows the message; the shared API
 * answers it with {@link #apiStatus()}.
 */
public abstract class ConnectionException extends RuntimeException {

    protected ConnectionException(String message) {
        super(message);
    }

    /**
     * What {@code /api/<provider>} answers: the provider refusing the token is the client's problem (4xx), the
     * provider limiting or being away is not (429, 503).
     */
    public abstract HttpStatus apiStatus();
}
