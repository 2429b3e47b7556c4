package dev.truecoding.system;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Turns {@code DATABASE_URL} / {@code DIRECT_URL} into Spring Boot's connection details, so the pool and
 * Flyway are configured by Boot itself. Unset means the embedded H2 file database in the data directory.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseUrl databaseUrl(TrueCodingProperties properties) {
        if (StringUtils.hasText(properties.databaseUrl())) {
            return DatabaseUrl.parse(properties.databaseUrl());
        }
        try {
            Files.createDirectories(properties.dataDir().resolve("db"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + properties.dataDir(), e);
        }
        return DatabaseUrl.embedded(properties.dataDir());
    }

    @Bean
    JdbcConnectionDetails jdbcConnectionDetails(DatabaseUrl url) {
        return new Details(url);
    }

    /** Migrations go through {@code DIRECT_URL} when it is set (a pooler may not allow DDL), else the same database. */
    @Bean
    FlywayConnectionDetails flywayConnectionDetails(TrueCodingProperties properties, DatabaseUrl url) {
        DatabaseUrl direct = StringUtils.hasText(properties.directUrl()) ? DatabaseUrl.parse(properties.directUrl()) : url;
        return new MigrationDetails(direct);
    }

    /**
     * A type of its own: were it a {@link Details}, it would also be a second {@link JdbcConnectionDetails} bean and
     * the data source could not choose between the two.
     */
    private record MigrationDetails(DatabaseUrl url) implements FlywayConnectionDetails {
        @Override
        public String getJdbcUrl() {
            return url.jdbcUrl();
        }

        @Override
        public String getUsername() {
            return url.username();
        }

        @Override
        public String getPassword() {
            return url.password();
        }
    }

    private record Details(DatabaseUrl url) implements JdbcConnectionDetails {
        @Override
        public String getJdbcUrl() {
            return url.jdbcUrl();
        }

        @Override
        public String getUsername() {
            return url.username();
        }

        @Override
        public String getPassword() {
            return url.password();
        }
    }
}
