package dev.truecoding.system;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A database location in JDBC terms, read from the forms people paste: the seed's
 * {@code postgresql://user:pass@host:port/db?sslmode=require} (as Neon gives it), {@code postgres://…},
 * or a JDBC URL. Nothing configured means the embedded H2 database in the data directory.
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

    /**
     * H2 in PostgreSQL mode runs the seed's migration unchanged (enum types, JSONB, NOW()). No trace file: H2
     * would write every failed statement's stack trace next to the database, without bound.
     */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0";

    public static DatabaseUrl embedded(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve("db").resolve("truecoding");
        // Closed by the connection pool when the application stops, not by H2's own shutdown hook, which would
        // close it under the background jobs still stopping.
        return new DatabaseUrl("jdbc:h2:file:" + file + H2_OPTIONS + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    public static DatabaseUrl parse(String url) {
        String value = url.strip();
        if (value.startsWith("jdbc:")) {
            return new DatabaseUrl(value, null, null);
        }
        if (!value.startsWith("postgresql://") && !value.startsWith("postgres://")) {
            throw new IllegalArgumentException(
                    "DATABASE_URL must start with postgresql://, postgres:// or jdbc: (got a value starting with '"
                            + value.substring(0, Math.min(value.length(), 12)) + "')");
        }
        URI uri = URI.create(value);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("DATABASE_URL has no host");
        }
        String username = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            username = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new DatabaseUrl("jdbc:postgresql://" + uri.getHost() + port + path + query, username, password);
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** Never print the password. */
    @Override
    public String toString() {
        return "DatabaseUrl[" + jdbcUrl + ", user=" + username + "]";
    }
}
