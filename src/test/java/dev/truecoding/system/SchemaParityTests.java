package dev.truecoding.system;

import dev.truecoding.support.H2;
import dev.truecoding.support.Postgres;
import dev.truecoding.support.RequiresPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same migrations give the same schema on PostgreSQL and on the embedded H2: tables, columns with the
 * meaning of their types (enum values included), nullability, defaults, primary and unique keys, foreign keys
 * with their delete rules, and indexes. A migration that works on one database only fails here.
 */
@RequiresPostgres
class SchemaParityTests {

    private static final String SCHEMA = Postgres.newSchemaName();
    private static final String H2_URL = H2.newUrl();

    @BeforeAll
    static void migrateBoth() {
        Flyway.configure().dataSource(Postgres.urlForSchema(SCHEMA), null, null).schemas(SCHEMA).load().migrate();
        Flyway.configure().dataSource(H2_URL, "sa", "").load().migrate();
    }

    @AfterAll
    static void dropPostgresSchema() {
        Postgres.dropSchema(SCHEMA);
    }

    @Test
    void postgresAndH2HaveTheSameSchema() throws SQLException {
        Map<String, String> postgres;
        Map<String, String> h2;
        try (Connection connection = DriverManager.getConnection(Postgres.urlForSchema(SCHEMA))) {
            postgres = describe(connection, SCHEMA, new PostgresEnums(connection));
        }
        try (Connection connection = DriverManager.getConnection(H2_URL, "sa", "")) {
            h2 = describe(connection, "public", new H2Enums(connection));
        }
        assertThat(postgres).containsKeys("table users", "table projects", "table conversations", "table messages",
                "table generated_files", "table deployments");
        assertThat(postgres.get("column projects.status"))
                .isEqualTo("enum(IDEATION,PLANNING,CONNECTING,GENERATING,DEPLOYING,LIVE,FAILED) null default 'IDEATION'");
        assertThat(postgres.get("foreign key projects.user_id")).isEqualTo("users.id on delete cascade");
        assertThat(postgres.get("index idx_messages_created_at")).isEqualTo("messages(conversation_id,created_at desc)");
        assertThat(postgres.get("unique keys generated_files")).isEqualTo("id | project_id,path");
        assertThat(h2).isEqualTo(postgres);
    }

    private Map<String, String> describe(Connection connection, String schema, EnumValues enums) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, String> facts = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.equals("flyway_schema_history")) {
                    tables.add(table);
                }
            }
        }
        for (String table : tables) {
            facts.put("table " + table, "");
            try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
                while (rs.next()) {
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    String type = typeMeaning(rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"), enums.of(table, column));
                    String nullable = rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? "not null" : "null";
                    facts.put("column " + table + "." + column, type + " " + nullable + defaultMeaning(rs.getString("COLUMN_DEF")));
                }
            }
            try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
                TreeSet<String> columns = new TreeSet<>();
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
                facts.put("primary key " + table, String.join(",", columns));
            }
            try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
                while (rs.next()) {
                    String rule = rs.getShort("DELETE_RULE") == DatabaseMetaData.importedKeyCascade ? "cascade" : "no action";
                    facts.put("foreign key " + table + "." + rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                            rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT) + "."
                                    + rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT) + " on delete " + rule);
                }
            }
            describeIndexes(meta, schema, table, facts);
        }
        return facts;
    }

    /** Unique constraints and the seed's named indexes; system-named indexes are described by their columns only. */
    private void describeIndexes(DatabaseMetaData meta, String schema, String table, Map<String, String> facts) throws SQLException {
        Map<String, List<String>> indexes = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null) {
                    continue;
                }
                String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + ("D".equals(rs.getString("ASC_OR_DESC")) ? " desc" : "");
                indexes.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(column);
                unique.put(name.toLowerCase(Locale.ROOT), !rs.getBoolean("NON_UNIQUE"));
            }
        }
        TreeSet<String> uniqueKeys = new TreeSet<>();
        indexes.forEach((name, columns) -> {
            String described = String.join(",", columns);
            if (name.startsWith("idx_")) {
                facts.put("index " + name, table + "(" + described + ")" + (unique.get(name) ? " unique" : ""));
            } else if (unique.get(name)) {
                uniqueKeys.add(described);
            }
        });
        facts.put("unique keys " + table, String.join(" | ", uniqueKeys));
    }

    private static String typeMeaning(String typeName, int size, List<String> enumValues) {
        if (!enumValues.isEmpty()) {
            return "enum(" + String.join(",", enumValues) + ")";
        }
        return switch (typeName.toLowerCase(Locale.ROOT)) {
            case "text", "character large object", "clob" -> "text";
            case "varchar", "character varying" -> size >= 1_000_000 ? "text" : "varchar(" + size + ")";
            case "bpchar", "character" -> "char(" + size + ")";
            case "timestamp" -> "timestamp";
            case "int4", "integer" -> "integer";
            case "jsonb", "json" -> "json";
            case "timestamptz", "timestamp with time zone" -> "timestamp with time zone";
            case "bool", "boolean" -> "boolean";
            case "int2", "smallint" -> "smallint";
            case "int8", "bigint" -> "bigint";
            case "bytea", "binary varying" -> "bytes";
            default -> "unknown " + typeName;
        };
    }

    /** PostgreSQL writes {@code now()} and {@code 'X'::type}; H2 writes {@code CURRENT_TIMESTAMP}/{@code LOCALTIMESTAMP} and {@code 'X'}. */
    private static String defaultMeaning(String columnDefault) {
        if (columnDefault == null) {
            return "";
        }
        String value = columnDefault.replaceAll("::[a-z_ ]+", "").strip();
        if (value.equalsIgnoreCase("now()") || value.equalsIgnoreCase("current_timestamp")
                || value.equalsIgnoreCase("localtimestamp")) {
            value = "now";
        }
        return " default " + value;
    }

    private interface EnumValues {
        List<String> of(String table, String column) throws SQLException;
    }

    private record PostgresEnums(Connection connection) implements EnumValues {
        @Override
        public List<String> of(String table, String column) throws SQLException {
            var statement = connection.prepareStatement("""
                    SELECT e.enumlabel FROM information_schema.columns c
                    JOIN pg_namespace n ON n.nspname = c.udt_schema
                    JOIN pg_type t ON t.typname = c.udt_name AND t.typnamespace = n.oid JOIN pg_enum e ON e.enumtypid = t.oid
                    WHERE c.table_schema = current_schema() AND c.table_name = ? AND c.column_name = ?
                    ORDER BY e.enumsortorder""");
            return values(statement, table, column);
        }
    }

    private record H2Enums(Connection connection) implements EnumValues {
        @Override
        public List<String> of(String table, String column) throws SQLException {
            var statement = connection.prepareStatement("""
                    SELECT v.value_name FROM information_schema.columns c
                    JOIN information_schema.enum_values v ON v.object_schema = c.domain_schema AND v.object_name = c.domain_name
                    WHERE c.table_schema = 'public' AND c.table_name = ? AND c.column_name = ?
                    ORDER BY v.value_ordinal""");
            return values(statement, table, column);
        }
    }

    private static List<String> values(java.sql.PreparedStatement statement, String table, String column) throws SQLException {
        statement.setString(1, table);
        statement.setString(2, column);
        List<String> values = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
