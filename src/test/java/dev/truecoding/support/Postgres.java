package dev.truecoding.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/**
 * The real PostgreSQL the tests run against: {@code TEST_DATABASE_URL} (a JDBC URL), by default the machine's
 * server on 127.0.0.1:5432, database {@code test}, trust authentication. Each test class gets a schema of its own,
 * so runs never see each other's rows or enum types.
 */
public final class Postgres {

    public static final String URL = System.getenv().getOrDefault("TEST_DATABASE_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private Postgres() {
    }

    public static boolean reachable() {
        try (Connection ignored = DriverManager.getConnection(URL)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    public static boolean required() {
        return Boolean.getBoolean("truecoding.test.strict");
    }

    public static String newSchemaName() {
        return "tc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    /** A JDBC URL whose connections work in {@code schema} (created by Flyway on first migration). */
    public static String urlForSchema(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static void dropSchema(String schema) {
        try (Connection connection = DriverManager.getConnection(URL)) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
