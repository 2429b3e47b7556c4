package dev.truecoding.usage;

/** Tokens read (the prompt) and written (the answer), as the provider counted them. */
public record Tokens(long input, long output) {

    public static final Tokens NONE = new Tokens(0, 0);

    public Tokens {
        if (input < 0 || output < 0) {
            throw new IllegalArgumentException("Token counts are not negative");
        }
    }

    public long total() {
        return input + output;
    }

    public Tokens plus(Tokens other) {
        return new Tokens(input + other.input, output + other.output);
    }
}
