package dev.truecoding.vercel;

import dev.truecoding.connection.ConnectionException;
import org.springframework.http.HttpStatus;

import java.time.Instant;

/**
 * A Vercel call that did not work, with a message that can be shown to the person as it is. It never carries a
 * token; Vercel's own error code and message are kept for callers and quoted where they help.
 */
public class VercelException extends ConnectionException {

    /** Why, so callers can react (offer to reconnect, retry later, pick another name). */
    public enum Reason {
        /** No Vercel account is connected. */
        NOT_CONNECTED,
        /** 401, or 403 with {@code invalidToken}: the token was revoked or has expired. Reconnect. */
        UNAUTHORIZED,
        /** 403: the token is valid but lacks the scope or team access for this call. Reconnect with more access. */
        FORBIDDEN,
        /** 404: the project or deployment does not exist, or belongs to another account or team. */
        NOT_FOUND,
        /** 409: e.g. a project of that name already exists and deploys another repository. */
        CONFLICT,
        /** 400, 402, 422 and other 4xx: Vercel refused the request's content. */
        REFUSED,
        /** 429 beyond the configured retries or wait. */
        RATE_LIMITED,
        /** Vercel could not be reached, or answered 5xx after the configured retries. */
        UNAVAILABLE,
        /** A deployment did not finish within the configured time. */
        TIMED_OUT
    }

    private final Reason reason;
    private final int status;
    private final String vercelCode;
    private final Instant retryAt;

    VercelException(Reason reason, int status, String message) {
        this(reason, status, null, message, null);
    }

    VercelException(Reason reason, int status, String vercelCode, String message, Instant retryAt) {
        super(message);
        this.reason = reason;
        this.status = status;
        this.vercelCode = vercelCode;
        this.retryAt = retryAt;
    }

    public Reason reason() {
        return reason;
    }

    /** Vercel's HTTP status, 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** Vercel's {@code error.code} (e.g. {@code forbidden}, {@code not_found}, {@code rate_limited}), when it sent one. */
    public String vercelCode() {
        return vercelCode;
    }

    /** For {@link Reason#RATE_LIMITED}: when Vercel accepts calls again, if it said. */
    public Instant retryAt() {
        return retryAt;
    }

    /** Vercel's refusal of the token is the client's problem (400/403); Vercel being away is not (503, 429). */
    @Override
    public HttpStatus apiStatus() {
        return switch (reason) {
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE, TIMED_OUT -> HttpStatus.SERVICE_UNAVAILABLE;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.BAD_REQUEST;
        };
    }

    /** True when the way forward is to connect Vercel again (Settings → Vercel). */
    public boolean needsReconnect() {
        return reason == Reason.NOT_CONNECTED || reason == Reason.UNAUTHORIZED || reason == Reason.FORBIDDEN;
    }
}
