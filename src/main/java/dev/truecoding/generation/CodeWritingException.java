package dev.truecoding.generation;

/**
 * The model could not write code: it was unreachable or kept refusing, or its answer was not the JSON asked for.
 * Nothing of that answer was kept; the message is fit to show to the person (no key, no raw answer).
 */
public class CodeWritingException extends RuntimeException {

    public CodeWritingException(String message) {
        super(message);
    }

    public CodeWritingException(String message, Throwable cause) {
        super(message, cause);
    }
}
