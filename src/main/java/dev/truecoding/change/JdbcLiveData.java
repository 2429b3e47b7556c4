package dev.truecoding.change;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Counts in a PostgreSQL app's database through JDBC, in one schema (a generated app's tables live in
 * {@code public}). Whether a table or column exists is asked of {@code information_schema} first, so a name the app
 * never migrated is "not there" rather than an error; names are checked as SQL identifiers and quoted, never pasted.
 * Each count runs read-only with a time limit, so counting a large table cannot hold up a proposal for long.
 */
public final class JdbcLiveData implements LiveData {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final int TIMEOUT_SECONDS = 20;

    private final DataSource dataSource;
    private final String schema;

    public JdbcLiveData(DataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = identifier(schema);
    }

    @Override
    public OptionalLong rows(String table) {
        identifier(table);
        return count("SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
                new String[]{schema, table}, "SELECT count(*) FROM " + quote(schema) + "." + quote(table));
    }

    @Override
    public OptionalLong nonNullValues(String table, String column) {
        identifier(table);
        identifier(column);
        return count("SELECT 1 FROM information_schema.columns WHERE table_schema = ? AND table_name = ? AND column_name = ?",
                new String[]{schema, table, column},
                "SELECT count(" + quote(column) + ") FROM " + quote(schema) + "." + quote(table));
    }

    private OptionalLong count(String exists, String[] names, String count) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            try (PreparedStatement check = connection.prepareStatement(exists)) {
                check.setQueryTimeout(TIMEOUT_SECONDS);
                for (int i = 0; i < names.length; i++) {
                    check.setString(i + 1, names[i]);
                }
                try (ResultSet found = check.executeQuery()) {
                    if (!found.next()) {
                        return OptionalLong.empty();
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(count)) {
                statement.setQueryTimeout(TIMEOUT_SECONDS);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return OptionalLong.of(result.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new Unavailable("the app's database could not be counted in (" + e.getSQLState() + ")", e);
        }
    }

    private static String identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a table or column name: " + (name == null ? "null" : "'" + name + "'"));
        }
        return name;
    }

    private static String quote(String identifier) {
        return '"' + identifier + '"';
    }
}
