package dev.truecoding.run;

import dev.truecoding.support.H2;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V12 moves the events of every run stored before it (generation_events, deployment_events) into run_events,
 * in order and with their project, a deployment's URL becoming its event's details; a deleted project still
 * takes its runs' events with it.
 */
class RunEventsMigrationTests {

    private final String url = H2.newUrl();
    private final JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));

    @Test
    void theEventsOfEarlierRunsAreKeptInOrder() {
        Flyway.configure().dataSource(url, "sa", "").target("8").load().migrate();
        jdbc.sql("INSERT INTO users (id, clerk_id, email) VALUES ('u1', 'local:u1', 'ada@example.com')").update();
        jdbc.sql("INSERT INTO projects (id, user_id, name) VALUES ('p1', 'u1', 'Recipe Box')").update();
        jdbc.sql("""
                INSERT INTO generation_runs (id, project_id, user_id, host, status, stage, technical_plan)
                VALUES ('g1', 'p1', 'u1', 'builtin', 'SUCCEEDED', 'ready', '{}')""").update();
        jdbc.sql("""
                INSERT INTO generation_events (run_id, seq, kind, stage, progress, message, details) VALUES
                ('g1', 1, 'progress', 'creating_repo', 0, 'Queued', NULL),
                ('g1', 2, 'progress', 'ready', 100, 'Your app is in ada/recipe-box', 'http://localhost/repo')""").update();
        jdbc.sql("""
                INSERT INTO deployments (id, project_id, user_id, vercel_deployment_id, status)
                VALUES ('d1', 'p1', 'u1', 'builtin_d1', CAST('READY' AS deployment_status))""").update();
        jdbc.sql("""
                INSERT INTO deployment_events (deployment_id, seq, kind, stage, message, url) VALUES
                ('d1', 1, 'progress', 'importing', 'Queued', NULL),
                ('d1', 2, 'log', 'building', 'npm run build', NULL),
                ('d1', 3, 'progress', 'ready', 'Live at http://recipe-box.localhost/', 'http://recipe-box.localhost/')""").update();

        Flyway.configure().dataSource(url, "sa", "").load().migrate();

        List<Map<String, Object>> events = jdbc.sql("""
                SELECT run_id, seq, project_id, kind, stage, progress, message, details FROM run_events ORDER BY run_id, seq""")
                .query().listOfRows();
        assertThat(events).extracting(row -> row.get("RUN_ID") + "#" + row.get("SEQ") + " " + row.get("KIND") + " "
                        + row.get("STAGE") + " " + row.get("PROGRESS") + " " + row.get("MESSAGE") + " | " + row.get("DETAILS"))
                .containsExactly(
                        "d1#1 progress importing 0 Queued | null",
                        "d1#2 log building 0 npm run build | null",
                        "d1#3 progress ready 0 Live at http://recipe-box.localhost/ | http://recipe-box.localhost/",
                        "g1#1 progress creating_repo 0 Queued | null",
                        "g1#2 progress ready 100 Your app is in ada/recipe-box | http://localhost/repo");
        assertThat(events).allMatch(row -> "p1".equals(row.get("PROJECT_ID")));

        jdbc.sql("DELETE FROM projects WHERE id = 'p1'").update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM run_events").query(Integer.class).single()).isZero();
    }
}
