package dev.truecoding.account;

/**
 * A handle a person chose that cannot be theirs. The reason's message key reads the same in English and pt_BR on
 * pages; the English message is what the API answers.
 */
public class HandleRefusedException extends RuntimeException {

    /** Why, with the key of its words in the message bundles. */
    public enum Reason {
        INVALID("handle.invalid", "Use 2 to 39 lower-case letters, digits or single hyphens, not starting or ending with a hyphen."),
        RESERVED("handle.reserved", "This word is used by True Coding's own addresses; choose another handle."),
        TAKEN("handle.taken", "This handle is taken; choose another one.");

        private final String messageKey;
        private final String english;

        Reason(String messageKey, String english) {
            this.messageKey = messageKey;
            this.english = english;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    HandleRefusedException(Reason reason) {
        super(reason.english);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
