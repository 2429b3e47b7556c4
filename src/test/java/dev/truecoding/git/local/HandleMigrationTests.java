package dev.truecoding.git.local;

import dev.truecoding.support.H2;
import dev.truecoding.support.Postgres;
import dev.truecoding.support.RequiresPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V18: everyone gets a handle derived from their name (or email), unique, the earliest account keeping the plain
 * one; built-in projects and their runs name the handle in place of the id; GitHub projects are left alone. On
 * both databases True Coding runs on.
 */
class HandleMigrationTests {

    @Test
    void onTheEmbeddedDatabase() {
        peopleGetHandlesAndAddressesNameThem(new DriverManagerDataSource(H2.newUrl(), "sa", ""), null);
    }

    @Nested
    @RequiresPostgres
    class OnPostgres {
        @Test
        void onPostgres() {
            String schema = Postgres.newSchemaName();
            try {
                peopleGetHandlesAndAddressesNameThem(new DriverManagerDataSource(Postgres.urlForSchema(schema)), schema);
            } finally {
                Postgres.dropSchema(schema);
            }
        }
    }

    private static void peopleGetHandlesAndAddressesNameThem(DataSource dataSource, String schema) {
        var flyway = Flyway.configure().dataSource(dataSource);
        if (schema != null) {
            flyway.schemas(schema);
        }
        MigrationVersion v18 = MigrationVersion.fromVersion("18");
        MigrationVersion before = Arrays.stream(flyway.load().info().all()).map(MigrationInfo::getVersion)
                .filter(version -> version.compareTo(v18) < 0).max(MigrationVersion::compareTo).orElseThrow();
        flyway.target(before).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        user(jdbc, "cana0001", "Ana Souza", "ana@example.com", "2026-01-01 10:00:00");
        user(jdbc, "cana0002", "Ana Souza", "ana.s@example.org", "2026-02-01 10:00:00");
        user(jdbc, "cgra0003", null, "grace.hopper@example.com", "2026-03-01 10:00:00");
        project(jdbc, "p1", "cana0002", "builtin", "cana0002", "http://localhost:8080/git/cana0002/recipes.git");
        project(jdbc, "p2", "cana0001", "github", "ana", "https://github.com/ana/cana0001-tools");
        project(jdbc, "p3", "cgra0003", null, null, null);
        jdbc.sql("""
                INSERT INTO generation_runs (id, project_id, user_id, host, status, stage, technical_plan,
                                             repo_owner, repo_name, repo_web_url, repo_clone_url)
                VALUES ('r1', 'p1', 'cana0002', 'builtin', 'SUCCEEDED', 'READY', '{}', 'cana0002', 'recipes',
                        'http://localhost:8080/repositories/cana0002/recipes', 'http://localhost:8080/git/cana0002/recipes.git')""")
                .update();

        flyway.target("latest").load().migrate();

        assertThat(handle(jdbc, "cana0001")).isEqualTo("ana-souza");
        assertThat(handle(jdbc, "cana0002")).isEqualTo("ana-souza-2");
        assertThat(handle(jdbc, "cgra0003")).isEqualTo("grace-hopper");
        assertThat(jdbc.sql("SELECT github_repo_owner || ' ' || github_repo_url FROM projects WHERE id = 'p1'")
                .query(String.class).single()).isEqualTo("ana-souza-2 http://localhost:8080/git/ana-souza-2/recipes.git");
        assertThat(jdbc.sql("SELECT github_repo_owner || ' ' || github_repo_url FROM projects WHERE id = 'p2'")
                .query(String.class).single()).isEqualTo("ana https://github.com/ana/cana0001-tools");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM projects WHERE id = 'p3' AND github_repo_url IS NULL")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT repo_owner || ' ' || repo_web_url || ' ' || repo_clone_url FROM generation_runs")
                .query(String.class).single()).isEqualTo("ana-souza-2 http://localhost:8080/repositories/ana-souza-2/recipes"
                        + " http://localhost:8080/git/ana-souza-2/recipes.git");
        assertThatThrownBy(() -> jdbc.sql("UPDATE users SET handle = 'ana-souza' WHERE id = 'cgra0003'").update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    private static void user(JdbcClient jdbc, String id, String name, String email, String createdAt) {
        jdbc.sql("INSERT INTO users (id, clerk_id, email, name, created_at) VALUES (?, ?, ?, ?, CAST(? AS TIMESTAMP))")
                .params(id, "local:" + id, email, name, createdAt).update();
    }

    private static void project(JdbcClient jdbc, String id, String userId, String host, String owner, String url) {
        jdbc.sql("""
                INSERT INTO projects (id, user_id, name, git_host, github_repo_owner, github_repo_name, github_repo_url)
                VALUES (?, ?, 'App', ?, ?, 'recipes', ?)""").params(id, userId, host, owner, url).update();
    }

    private static String handle(JdbcClient jdbc, String id) {
        return jdbc.sql("SELECT handle FROM users WHERE id = ?").param(id).query(String.class).single();
    }
}
