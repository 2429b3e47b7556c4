package dev.truecoding.vercel;

import java.util.Objects;

/**
 * A variable for the deployed app. Secret ones are sent to Vercel as {@code sensitive} (write-only: nobody reads the
 * value back, not even on Vercel's dashboard); the others as {@code encrypted}, Vercel's default. Both are set for
 * the production and preview environments. {@link #toString()} never shows the value.
 */
public record EnvironmentVariable(String key, String value, boolean secret) {

    public EnvironmentVariable {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (!key.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("Not an environment variable name: " + key);
        }
    }

    @Override
    public String toString() {
        return "EnvironmentVariable[key=" + key + ", secret=" + secret + "]";
    }
}
