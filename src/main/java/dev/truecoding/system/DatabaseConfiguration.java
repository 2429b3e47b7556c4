package dev.truecoding.system;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Turns {@code DATABASE_URL} / {@code DIRECT_URL} into Spring Boot's connection details, so the pool and
 * Flyway are configured by Boot itself. Unset means the embedded H2 file database in the data directory.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseUrl databaseUrl(TrueCodingProperties properties, DataDirectory dataDirectory) {
        if (StringUtils.hasText(properties.databaseUrl())) {
            return DatabaseUrl.parse(properties.databaseUrl());
        }
        dataDirectory.embeddedDatabaseDirectory();
        return DatabaseUrl.embedded(properties.dataDir());
    }

    @Bean
    JdbcConnectionDetails jdbcConnectionDetails(DatabaseUrl url) {
        return new JdbcDetails(url);
    }

    /** Migrations go through {@code DIRECT_URL} when it is set (a pooler may not allow DDL), else the same database. */
    @Bean
    FlywayConnectionDetails flywayConnectionDetails(TrueCodingProperties properties, DatabaseUrl url) {
        DatabaseUrl direct = StringUtils.hasText(properties.directUrl()) ? DatabaseUrl.parse(properties.directUrl()) : url;
        return new FlywayDetails(direct);
    }

    /*
     * Two types, not one record implementing both interfaces: once one bean exists, its object's class is what
     * autowiring matches, and a record implementing both made the DataSource see two JdbcConnectionDetails.
     */
    private record JdbcDetails(DatabaseUrl url) implements JdbcConnectionDetails {
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

    private record FlywayDetails(DatabaseUrl url) implements FlywayConnectionDetails {
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
