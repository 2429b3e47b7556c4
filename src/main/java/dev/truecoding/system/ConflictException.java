package dev.truecoding.system;

/** The request is valid but the current state does not allow it (HTTP 409); nothing was changed. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
