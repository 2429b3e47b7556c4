package dev.truecoding.account;

import dev.truecoding.system.DatabaseUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

import java.time.Duration;

/**
 * Browser sessions in the database (Spring Session JDBC, tables from migration V10): a restart signs no one
 * out and every instance sharing the database knows every session. {@code TRUECODING_SESSION_STORE=memory}
 * keeps them in the server's memory instead (one instance; everyone is signed out when it stops). The cookie
 * keeps its name and flags ({@code server.servlet.session.cookie.*}, applied by Spring Boot).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "truecoding.session-store", havingValue = "database", matchIfMissing = true)
@EnableJdbcHttpSession
class DatabaseSessions {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionLifetime(
            @Value("${server.servlet.session.timeout:7d}") Duration timeout, DatabaseUrl database) {
        var postgres = new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        return repository -> {
            repository.setDefaultMaxInactiveInterval(timeout);
            if (database.isPostgres()) {
                // Attribute writes as upserts: two requests of one session saving at once do not collide.
                postgres.customize(repository);
            }
        };
    }
}
