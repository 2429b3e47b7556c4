package dev.truecoding.system;

import dev.truecoding.support.Postgres;
import dev.truecoding.support.RequiresPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;

@RequiresPostgres
class PostgresRateLimitBucketsTests extends RateLimitBucketsTests {

    private final String schema = Postgres.newSchemaName();

    @Override
    DataSource dataSource() {
        String url = Postgres.urlForSchema(schema);
        Flyway.configure().dataSource(url, null, null).schemas(schema).load().migrate();
        return new DriverManagerDataSource(url);
    }

    @AfterAll
    void dropSchema() {
        Postgres.dropSchema(schema);
    }
}
