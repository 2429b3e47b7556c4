package dev.truecoding.change;

import dev.truecoding.generation.PlanTables;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.support.Postgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A live app's database in a schema of the real PostgreSQL, with the tables the generator makes for a plan
 * (named by {@link PlanTables}, so the test never guesses a name), to count in.
 */
final class LiveApp implements AutoCloseable {

    final String schema = Postgres.newSchemaName();
    final DataSource dataSource = new DriverManagerDataSource(Postgres.URL);
    final JdbcClient jdbc = JdbcClient.create(dataSource);

    LiveApp(TechnicalPlan plan) {
        jdbc.sql("CREATE SCHEMA " + schema).update();
        PlanTables tables = PlanTables.of(plan);
        for (PlanTables.Table table : tables.tables()) {
            String columns = table.columns().stream().map(column -> column.column() + " " + column.sqlType())
                    .collect(Collectors.joining(", "));
            String keys = table.keys().stream().map(key -> ", " + key.column() + " uuid").collect(Collectors.joining());
            jdbc.sql("CREATE TABLE " + schema + "." + table.table() + " (id uuid PRIMARY KEY"
                    + (columns.isEmpty() ? "" : ", " + columns) + keys + ")").update();
        }
        for (PlanTables.LinkTable link : tables.linkTables()) {
            jdbc.sql("CREATE TABLE " + schema + "." + link.table() + " (" + link.leftColumn() + " uuid, "
                    + link.rightColumn() + " uuid)").update();
        }
    }

    LiveData liveData() {
        return new JdbcLiveData(dataSource, schema);
    }

    /** Inserts {@code rows} rows into {@code table}, {@code filled} of them with a value in {@code column}. */
    void insert(String table, int rows, String column, String value, int filled) {
        for (int i = 0; i < rows; i++) {
            String id = UUID.randomUUID().toString();
            if (column == null) {
                jdbc.sql("INSERT INTO " + schema + "." + table + " (id) VALUES (?::uuid)").param(id).update();
            } else {
                jdbc.sql("INSERT INTO " + schema + "." + table + " (id, " + column + ") VALUES (?::uuid, ?)")
                        .param(id).param(i < filled ? value : null).update();
            }
        }
    }

    void link(String table, int rows) {
        for (int i = 0; i < rows; i++) {
            jdbc.sql("INSERT INTO " + schema + "." + table + " VALUES (?::uuid, ?::uuid)")
                    .param(UUID.randomUUID().toString()).param(UUID.randomUUID().toString()).update();
        }
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + schema + "." + table).query(Long.class).single();
    }

    @Override
    public void close() {
        Postgres.dropSchema(schema);
    }
}
