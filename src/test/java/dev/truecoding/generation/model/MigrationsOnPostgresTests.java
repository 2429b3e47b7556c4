package dev.truecoding.generation.model;

import dev.truecoding.generation.AppGenerator;
import dev.truecoding.generation.GeneratedApp;
import dev.truecoding.generation.GeneratedFileInfo;
import dev.truecoding.generation.PlanReader;
import dev.truecoding.generation.PreviousVersion;
import dev.truecoding.plan.Renames;
import dev.truecoding.support.Postgres;
import dev.truecoding.support.RequiresPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated migrations applied for real, as an app's own runner applies them (each file in one go): v1's
 * {@code 0001_initial.sql}, rows inserted, then the next version's {@code 0002_plan_update.sql}; the rows are
 * read back under the new names. Each test works in a schema of its own.
 */
@RequiresPostgres
public class MigrationsOnPostgresTests {

    /** Also used by GeneratedAppsNpmTest, which applies the same change on PGlite inside the app's own tests. */
    public static final String V1 = """
            {"dataModel": {"entities": [
              {"name": "Meeting", "fields": [{"name": "title", "type": "string", "required": true, "unique": true},
                                             {"name": "room", "type": "string", "required": false},
                                             {"name": "seats", "type": "string", "required": false},
                                             {"name": "status", "type": "string", "required": false}]},
              {"name": "Note", "fields": [{"name": "text", "type": "text", "required": false},
                                          {"name": "phone", "type": "string", "required": true}]},
              {"name": "Tag", "fields": [{"name": "name", "type": "string", "required": true}]},
              {"name": "Scratch", "fields": [{"name": "memo", "type": "text", "required": false}]}],
             "relationships": [{"from": "Meeting", "to": "Note", "type": "one-to-many"},
                               {"from": "Meeting", "to": "Tag", "type": "many-to-many"},
                               {"from": "Note", "to": "Scratch", "type": "many-to-many"}]}}""";

    /** Meeting renamed Gathering, its title renamed name; seats becomes a number; status required with a default. */
    public static final String V2 = """
            {"dataModel": {"entities": [
              {"name": "Gathering", "fields": [{"name": "name", "type": "string", "required": true, "unique": true},
                                               {"name": "room", "type": "string", "required": false},
                                               {"name": "seats", "type": "int", "required": false},
                                               {"name": "status", "type": "string", "required": true, "default": "open"}]},
              {"name": "Note", "fields": [{"name": "text", "type": "text", "required": false}]},
              {"name": "Tag", "fields": [{"name": "name", "type": "string", "required": true}]}],
             "relationships": [{"from": "Gathering", "to": "Note", "type": "one-to-many"},
                               {"from": "Gathering", "to": "Tag", "type": "many-to-many"}]}}""";

    public static final Renames RENAMES = Renames.NONE.entity("Meeting", "Gathering").field("Meeting", "title", "name");

    private final AppGenerator generator = new AppGenerator();
    private String schema;
    private Connection db;

    @BeforeEach
    void schemaOfItsOwn() throws SQLException {
        schema = Postgres.newSchemaName();
        db = DriverManager.getConnection(Postgres.URL);
        db.createStatement().execute("CREATE SCHEMA " + schema);
        db.createStatement().execute("SET search_path TO " + schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        db.close();
        Postgres.dropSchema(schema);
    }

    @Test
    void aRenamedEntityAndFieldKeepTheirRowsLinksAndChildren() throws SQLException {
        List<GeneratedFileInfo> v1 = apply(generator.generate(PlanReader.technical(V1), null).files(), List.of());
        seed();

        GeneratedApp second = generator.generate(PlanReader.technical(V2), null,
                new PreviousVersion(PlanReader.technical(V1), v1, RENAMES, false));
        List<GeneratedFileInfo> v2 = apply(second.files(), v1);

        assertThat(v2).extracting(GeneratedFileInfo::path).containsExactly("migrations/0001_initial.sql",
                "migrations/0002_plan_update.sql");
        assertThat(rows("SELECT name, room FROM gatherings ORDER BY name")).containsExactly("Kickoff|Blue", "Retro|Red");
        assertThat(rows("SELECT g.name FROM notes n JOIN gatherings g ON g.id = n.gathering_id")).containsExactly("Kickoff");
        assertThat(rows("SELECT g.name || '-' || t.name FROM gatherings_tags gt JOIN gatherings g ON g.id = gt.gathering_id"
                + " JOIN tags t ON t.id = gt.tag_id")).containsExactly("Retro-urgent");
        assertThat(tables()).contains("gatherings", "gatherings_tags").doesNotContain("meetings", "meetings_tags");
        // The renamed name keeps its uniqueness, under the constraint name the generator gives it now.
        assertThat(rows("SELECT conname FROM pg_constraint WHERE conrelid = 'gatherings'::regclass ORDER BY conname"))
                .contains("gatherings_name_key", "gatherings_pkey");
        // The generated code reads the new names: the Drizzle schema has gatherings, not meetings.
        String schemaTs = content(second.files(), "src/db/schema.ts");
        assertThat(schemaTs).contains("\"gatherings\"").contains("\"gathering_id\"").doesNotContain("\"meetings\"");
        assertThat(second.files()).extracting(GeneratedFileInfo::path).contains("src/app/api/gatherings/route.ts")
                .noneMatch(path -> path.contains("meeting"));

        // Not confirmed: the removed field, entity and link table are all still there, with their values.
        assertThat(rows("SELECT phone FROM notes")).containsExactly("555-0101");
        assertThat(tables()).contains("scratches", "notes_scratches");
        // Not confirmed either: seats keeps its text values.
        assertThat(rows("SELECT seats FROM gatherings ORDER BY name")).containsExactly("a dozen", "12");

        // A later version brings a new Meeting: every name the old table had is free again.
        String v3 = V2.replace("{\"name\": \"Tag\",", "{\"name\": \"Meeting\", \"fields\": [{\"name\": \"title\", "
                + "\"type\": \"string\", \"required\": true, \"unique\": true}]},\n  {\"name\": \"Tag\",");
        GeneratedApp third = generator.generate(PlanReader.technical(v3), null,
                new PreviousVersion(PlanReader.technical(V2), v2));
        apply(third.files(), v2);
        exec("INSERT INTO meetings (title) VALUES ('New')");
        assertThat(rows("SELECT title FROM meetings")).containsExactly("New");
    }

    @Test
    void confirmedRemovalsAreDroppedRetypedValuesConvertedAndRequiredOnesBackfilled() throws SQLException {
        List<GeneratedFileInfo> v1 = apply(generator.generate(PlanReader.technical(V1), null).files(), List.of());
        seed();

        GeneratedApp second = generator.generate(PlanReader.technical(V2), null,
                new PreviousVersion(PlanReader.technical(V1), v1, RENAMES, true));
        apply(second.files(), v1);

        assertThat(tables()).contains("gatherings", "notes", "tags", "gatherings_tags")
                .doesNotContain("scratches", "notes_scratches", "meetings");
        assertThat(columns("notes")).contains("text", "gathering_id").doesNotContain("phone");
        // "a dozen" is no number: it went, as confirmed; "12" is now 12.
        assertThat(rows("SELECT name || '=' || coalesce(seats::text, 'null') FROM gatherings ORDER BY name"))
                .containsExactly("Kickoff=null", "Retro=12");
        assertThat(rows("SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema() "
                + "AND table_name = 'gatherings' AND column_name = 'seats'")).containsExactly("integer");
        // status had no value in one record: the default filled it, then the column became NOT NULL.
        assertThat(rows("SELECT name || '=' || status FROM gatherings ORDER BY name"))
                .containsExactly("Kickoff=open", "Retro=done");
        assertThat(rows("SELECT is_nullable FROM information_schema.columns WHERE table_schema = current_schema() "
                + "AND table_name = 'gatherings' AND column_name = 'status'")).containsExactly("NO");
        exec("INSERT INTO gatherings (name) VALUES ('Later')");
        assertThat(rows("SELECT status FROM gatherings WHERE name = 'Later'")).containsExactly("open");
    }

    @Test
    void swappedFieldNamesMoveThroughATemporaryName() throws SQLException {
        String v1 = """
                {"dataModel": {"entities": [{"name": "Point", "fields": [
                  {"name": "x", "type": "int", "required": false}, {"name": "y", "type": "int", "required": false}]}]}}""";
        List<GeneratedFileInfo> first = apply(generator.generate(PlanReader.technical(v1), null).files(), List.of());
        exec("INSERT INTO points (x, y) VALUES (1, 2)");

        apply(generator.generate(PlanReader.technical(v1), null, new PreviousVersion(PlanReader.technical(v1), first,
                Renames.NONE.field("Point", "x", "y").field("Point", "y", "x"), false)).files(), first);

        assertThat(rows("SELECT x || ',' || y FROM points")).containsExactly("2,1");
    }

    @Test
    void aChainOfEntityRenamesTakesEachNameOnlyOnceItIsFree() throws SQLException {
        String v1 = """
                {"dataModel": {"entities": [
                  {"name": "Alpha", "fields": [{"name": "label", "type": "string", "required": true, "unique": true}]},
                  {"name": "Beta", "fields": [{"name": "label", "type": "string", "required": true, "unique": true}]}]}}""";
        String v2 = v1.replace("Beta", "Gamma").replace("Alpha", "Beta");
        List<GeneratedFileInfo> first = apply(generator.generate(PlanReader.technical(v1), null).files(), List.of());
        exec("INSERT INTO alphas (label) VALUES ('was alpha'); INSERT INTO betas (label) VALUES ('was beta')");

        apply(generator.generate(PlanReader.technical(v2), null, new PreviousVersion(PlanReader.technical(v1), first,
                Renames.NONE.entity("Alpha", "Beta").entity("Beta", "Gamma"), false)).files(), first);

        assertThat(rows("SELECT label FROM betas")).containsExactly("was alpha");
        assertThat(rows("SELECT label FROM gammas")).containsExactly("was beta");
        assertThat(rows("SELECT conname FROM pg_constraint WHERE conrelid = 'betas'::regclass ORDER BY conname"))
                .containsExactly("betas_label_key", "betas_pkey");
    }

    @Test
    void aVersionThatTurnsSignInOnCreatesItsTablesAndLinksThePersonToThem() throws SQLException {
        String v1 = """
                {"dataModel": {"entities": [
                  {"name": "Member", "fields": [{"name": "name", "type": "string", "required": true}]},
                  {"name": "Book", "fields": [{"name": "title", "type": "string", "required": true}]}],
                 "relationships": [{"from": "Member", "to": "Book", "type": "one-to-many"}]}}""";
        String v2 = v1.replace("{\"dataModel\"", "{\"stack\": [{\"category\": \"auth\", \"name\": \"Auth.js\", "
                + "\"version\": \"5\", \"justification\": \"sign-in\"}],\n \"dataModel\"")
                .replace("\"required\": true}]}],", "\"required\": true}]},\n  {\"name\": \"Shelf\", \"fields\": "
                        + "[{\"name\": \"label\", \"type\": \"text\", \"required\": false}]}],");
        assertThat(ModelBuilder.build(PlanReader.technical(v2), null).signIn()).isNotNull();
        List<GeneratedFileInfo> first = apply(generator.generate(PlanReader.technical(v1), null).files(), List.of());
        exec("INSERT INTO members (name) VALUES ('Ada')");

        GeneratedApp second = generator.generate(PlanReader.technical(v2), null,
                new PreviousVersion(PlanReader.technical(v1), first));
        apply(second.files(), first);

        assertThat(tables()).contains("auth_user", "auth_session", "auth_account", "auth_verification", "shelfs");
        assertThat(columns("members")).contains("account_id");
        exec("INSERT INTO auth_user (id, name, email) VALUES ('a1', 'Ada', 'ada@example.com')");
        exec("UPDATE members SET account_id = 'a1'");
        assertThat(rows("SELECT m.name FROM members m JOIN auth_user u ON u.id = m.account_id")).containsExactly("Ada");
        // The first migration of the same plan creates the same sign-in tables.
        assertThat(content(second.files(), "migrations/0002_plan_update.sql"))
                .contains(generator.generate(PlanReader.technical(v2), null).files().stream()
                        .filter(file -> file.path().equals("migrations/0001_initial.sql")).findFirst().orElseThrow()
                        .content().lines().filter(line -> line.startsWith("CREATE TABLE \"auth_session\"")).findFirst().orElseThrow());
    }

    private void seed() throws SQLException {
        exec("INSERT INTO meetings (title, room, seats) VALUES ('Kickoff', 'Blue', 'a dozen'), ('Retro', 'Red', '12')");
        exec("UPDATE meetings SET status = 'done' WHERE title = 'Retro'");
        exec("INSERT INTO notes (text, phone, meeting_id) SELECT 'agenda', '555-0101', id FROM meetings WHERE title = 'Kickoff'");
        exec("INSERT INTO tags (name) VALUES ('urgent')");
        exec("INSERT INTO meetings_tags (meeting_id, tag_id) SELECT m.id, t.id FROM meetings m, tags t WHERE m.title = 'Retro'");
        exec("INSERT INTO scratches (memo) VALUES ('keep me')");
    }

    /** Applies the migration files of {@code files} not in {@code applied}, each as one script; returns them all. */
    private List<GeneratedFileInfo> apply(List<GeneratedFileInfo> files, List<GeneratedFileInfo> applied) throws SQLException {
        List<GeneratedFileInfo> migrations = files.stream().filter(file -> file.path().startsWith("migrations/")).toList();
        for (GeneratedFileInfo file : migrations) {
            if (!applied.contains(file)) {
                db.setAutoCommit(false);
                try {
                    exec(file.content());
                    db.commit();
                } catch (SQLException e) {
                    db.rollback();
                    throw new SQLException(file.path() + " failed: " + e.getMessage() + "\n" + file.content(), e);
                } finally {
                    db.setAutoCommit(true);
                }
            }
        }
        return migrations;
    }

    private void exec(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private List<String> tables() throws SQLException {
        return rows("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
    }

    private List<String> columns(String table) throws SQLException {
        return rows("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                + "AND table_name = '" + table + "'");
    }

    private static String content(List<GeneratedFileInfo> files, String path) {
        return files.stream().filter(file -> file.path().equals(path)).findFirst().orElseThrow().content();
    }
}
