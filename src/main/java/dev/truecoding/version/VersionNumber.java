package dev.truecoding.version;

/**
 * A version number as a request gives it: digits only, 1 or more. Anything else ("0", "-1", "abc", "1.5", a
 * number past int) is refused with a sentence naming the parameter, rather than a conversion error.
 */
final class VersionNumber {

    private static final int MAX_DIGITS = 9;

    private VersionNumber() {
    }

    static int parse(String parameter, String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_DIGITS || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new Invalid(parameter);
        }
        int number = Integer.parseInt(value);
        if (number < 1) {
            throw new Invalid(parameter);
        }
        return number;
    }

    /** A version number that is not one. */
    static final class Invalid extends RuntimeException {

        private final String parameter;

        Invalid(String parameter) {
            super("'" + parameter + "' must be a version number: 1, 2, 3 …");
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }
}
