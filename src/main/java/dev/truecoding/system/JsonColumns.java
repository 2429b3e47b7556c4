package dev.truecoding.system;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.Types;

/**
 * Binds JSON text to the seed's {@code JSONB} columns on both databases. PostgreSQL takes the text as an
 * untyped parameter and casts it to jsonb; H2 would store a string parameter as a JSON <em>string</em>, but
 * parses UTF-8 bytes as JSON. This is the one place the two dialects differ when writing.
 */
@Component
public class JsonColumns {

    private final boolean postgres;

    JsonColumns(DatabaseUrl databaseUrl) {
        this.postgres = databaseUrl.isPostgres();
    }

    public SqlParameterValue bind(String json) {
        if (postgres) {
            return new SqlParameterValue(Types.OTHER, json);
        }
        return new SqlParameterValue(Types.VARBINARY, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }
}
