package dev.truecoding.git.local;

import dev.truecoding.support.H2;
import dev.truecoding.support.Postgres;
import dev.truecoding.support.RequiresPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V14: projects stored with the built-in repository's page address get its clone address; GitHub projects and
 * addresses already right are left alone. On both databases True Coding runs on.
 */
class CloneUrlMigrationTests {

    @Test
    void onTheEmbeddedDatabase() {
        storedAddressesBecomeCloneAddresses(new DriverManagerDataSource(H2.newUrl(), "sa", ""), null);
    }

    @Nested
    @RequiresPostgres
    class OnPostgres {
        @Test
        void onPostgres() {
            String schema = Postgres.newSchemaName();
            try {
                storedAddressesBecomeCloneAddresses(new DriverManagerDataSource(Postgres.urlForSchema(schema)), schema);
            } finally {
                Postgres.dropSchema(schema);
            }
        }
    }

    private static void storedAddressesBecomeCloneAddresses(DataSource dataSource, String schema) {
        var flyway = Flyway.configure().dataSource(dataSource);
        if (schema != null) {
            flyway.schemas(schema);
        }
        // Up to whichever migration comes just before V14 (others add theirs in between).
        MigrationVersion v14 = MigrationVersion.fromVersion("14");
        MigrationVersion before = Arrays.stream(flyway.load().info().all()).map(MigrationInfo::getVersion)
                .filter(version -> version.compareTo(v14) < 0).max(MigrationVersion::compareTo).orElseThrow();
        flyway.target(before).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO users (id, clerk_id, email) VALUES ('u1', 'local:u1', 'ada@example.com')").update();
        project(jdbc, "p1", "builtin", "http://localhost:8080/repositories/cada0001/recipe-box");
        project(jdbc, "p2", "github", "https://github.com/ada/recipe-box");
        project(jdbc, "p3", "builtin", "http://localhost:8080/git/cada0001/garden.git");
        project(jdbc, "p4", null, null);

        flyway.target("latest").load().migrate();

        assertThat(url(jdbc, "p1")).isEqualTo("http://localhost:8080/git/cada0001/recipe-box.git");
        assertThat(url(jdbc, "p2")).isEqualTo("https://github.com/ada/recipe-box");
        assertThat(url(jdbc, "p3")).isEqualTo("http://localhost:8080/git/cada0001/garden.git");
        assertThat(url(jdbc, "p4")).isNull();
    }

    private static void project(JdbcClient jdbc, String id, String host, String url) {
        jdbc.sql("INSERT INTO projects (id, user_id, name, git_host, github_repo_url) VALUES (?, 'u1', 'App', ?, ?)")
                .params(id, host, url).update();
    }

    private static String url(JdbcClient jdbc, String id) {
        return jdbc.sql("SELECT github_repo_url FROM projects WHERE id = ?").param(id).query(String.class).optional().orElse(null);
    }
}
