package dev.truecoding.github;

import dev.truecoding.connection.ConnectionException;
import org.springframework.http.HttpStatus;

import java.time.Instant;

/**
 * A GitHub call that did not work, with a message that can be shown to the person as it is. It never carries a
 * token, and GitHub's own text only where it helps (422 validation messages).
 */
public class GitHubException extends ConnectionException {

    /** Why, so callers can react (offer to reconnect, retry later, pick another name). */
    public enum Reason {
        /** No GitHub account is connected, or its token can no longer be refreshed. */
        NOT_CONNECTED,
        /** 401: the token was revoked or has expired. */
        BAD_CREDENTIALS,
        /** 404 (GitHub also answers 404 for things the token may not see), or 403 without a rate limit. */
        NOT_FOUND_OR_FORBIDDEN,
        /** Writing {@code .github/workflows/*} needs the {@code workflow} scope or the Workflows permission. */
        WORKFLOW_SCOPE_MISSING,
        /** 422: GitHub refused the request's content. */
        UNPROCESSABLE,
        /** 409: the repository is empty, still being created, or changed meanwhile. */
        CONFLICT,
        /** 403/429 rate limits beyond the configured wait. */
        RATE_LIMITED,
        /** GitHub could not be reached or answered 5xx, or the OAuth exchange failed. */
        UNAVAILABLE
    }

    private final Reason reason;
    private final int status;
    private final Instant retryAt;
    private final String githubMessage;

    GitHubException(Reason reason, int status, String message) {
        this(reason, status, message, null, "");
    }

    GitHubException(Reason reason, int status, String message, Instant retryAt, String githubMessage) {
        super(message);
        this.reason = reason;
        this.status = status;
        this.retryAt = retryAt;
        this.githubMessage = githubMessage == null ? "" : githubMessage;
    }

    /** GitHub's own {@code message} and {@code errors[].message}, joined, for recognising known answers. */
    String githubMessage() {
        return githubMessage;
    }

    public Reason reason() {
        return reason;
    }

    /** GitHub's HTTP status, 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** For {@link Reason#RATE_LIMITED}: when GitHub accepts calls again, if it said. */
    public Instant retryAt() {
        return retryAt;
    }

    /** GitHub's refusal of the token is the client's problem (400); GitHub being away or limiting is not. */
    @Override
    public HttpStatus apiStatus() {
        return switch (reason) {
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.BAD_REQUEST;
        };
    }
}
