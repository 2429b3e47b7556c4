package dev.truecoding.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Settings read from the environment (see README's configuration table).
 *
 * @param dataDir     where the embedded database, repositories, workspaces and keys live ({@code TRUECODING_DATA_DIR})
 * @param databaseUrl {@code DATABASE_URL}: empty for the embedded H2 database, else {@code postgresql://…} or a JDBC URL
 * @param directUrl   {@code DIRECT_URL}: the connection used for migrations when set (Neon's pooled vs direct URLs)
 */
@ConfigurationProperties("truecoding")
public record TrueCodingProperties(
        @DefaultValue("./data") Path dataDir,
        String databaseUrl,
        String directUrl) {
}
