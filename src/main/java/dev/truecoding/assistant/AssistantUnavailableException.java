package dev.truecoding.assistant;

/** The provider did not answer usefully; the message is safe to show (no keys, no raw bodies). */
public class AssistantUnavailableException extends RuntimeException {

    public AssistantUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
