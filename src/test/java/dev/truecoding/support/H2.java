package dev.truecoding.support;

import dev.truecoding.system.DatabaseUrl;

import java.util.UUID;

/** A private in-memory H2 database in the same mode as the embedded default. */
public final class H2 {

    private H2() {
    }

    public static String newUrl() {
        return "jdbc:h2:mem:tc-" + UUID.randomUUID() + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1";
    }
}
