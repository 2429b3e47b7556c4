package db.migration;

import dev.truecoding.account.Handles;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * Readable names. People get a handle, the readable name their built-in repositories live under in place of their id, and the
 * projects already on the built-in host have their stored owner and clone address rewritten to it. In Java rather
 * than SQL because a handle is derived from the person's name the way sign-up derives it ({@link Handles}), which
 * neither database's SQL can say the same way; every statement here runs as is on PostgreSQL and H2. The repository
 * folders stay where they are ({@code <data-dir>/git/<user-id>/…}): the id never changes, a handle may.
 */
public class V18__user_handles extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE users ADD COLUMN handle TEXT");
        }
        giveEveryoneAHandle(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE users ADD CONSTRAINT users_handle_key UNIQUE (handle)");
        }
        rewriteBuiltInRepositories(connection);
        // When the person last renamed the project themselves: approving the business plan then keeps their name;
        // a project never renamed takes the plan's product name. Existing projects count as never renamed.
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE projects ADD COLUMN renamed_at TIMESTAMP");
        }
    }

    /** The earliest account keeps the plain handle when two people would have the same one. */
    private static void giveEveryoneAHandle(Connection connection) throws SQLException {
        Set<String> taken = new HashSet<>();
        try (Statement select = connection.createStatement();
             ResultSet people = select.executeQuery("SELECT id, name, email FROM users ORDER BY created_at, id");
             PreparedStatement update = connection.prepareStatement("UPDATE users SET handle = ? WHERE id = ?")) {
            while (people.next()) {
                String desired = Handles.derive(people.getString("name"), people.getString("email"));
                String handle = desired;
                for (int attempt = 2; !taken.add(handle); attempt++) {
                    handle = Handles.candidate(desired, attempt);
                }
                update.setString(1, handle);
                update.setString(2, people.getString("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Only addresses that name the owner's id: a GitHub project, or one already rewritten, is left alone. */
    private static void rewriteBuiltInRepositories(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    UPDATE projects
                    SET github_repo_url = REPLACE(github_repo_url, '/git/' || user_id || '/',
                            '/git/' || (SELECT u.handle FROM users u WHERE u.id = projects.user_id) || '/')
                    WHERE git_host = 'builtin' AND github_repo_url LIKE '%/git/' || user_id || '/%'""");
            statement.executeUpdate("""
                    UPDATE projects
                    SET github_repo_owner = (SELECT u.handle FROM users u WHERE u.id = projects.user_id)
                    WHERE git_host = 'builtin' AND github_repo_owner = user_id""");
        }
        // The runs that made them show where they committed: the same owner and addresses. (Guarded: the run
        // kernel's own migrations may have reshaped that table.)
        if (!hasColumn(connection, "generation_runs", "repo_owner")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    UPDATE generation_runs
                    SET repo_owner = (SELECT u.handle FROM users u WHERE u.id = generation_runs.user_id),
                        repo_clone_url = REPLACE(repo_clone_url, '/git/' || user_id || '/',
                            '/git/' || (SELECT u.handle FROM users u WHERE u.id = generation_runs.user_id) || '/'),
                        repo_web_url = REPLACE(repo_web_url, '/repositories/' || user_id || '/',
                            '/repositories/' || (SELECT u.handle FROM users u WHERE u.id = generation_runs.user_id) || '/')
                    WHERE host = 'builtin' AND repo_owner = user_id""");
        }
    }

    private static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
        var meta = connection.getMetaData();
        for (String name : new String[]{table, table.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet columns = meta.getColumns(null, connection.getSchema(), name, null)) {
                while (columns.next()) {
                    if (columns.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
