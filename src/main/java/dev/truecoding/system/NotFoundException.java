package dev.truecoding.system;

/**
 * Something the signed-in person asked for does not exist <em>for them</em>: another user's ids are answered
 * exactly like missing ones, so ids reveal nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
