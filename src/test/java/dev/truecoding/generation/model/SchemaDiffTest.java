package dev.truecoding.generation.model;

import dev.truecoding.generation.AppGenerator;
import dev.truecoding.generation.CoverageReport;
import dev.truecoding.generation.GeneratedApp;
import dev.truecoding.generation.GeneratedFileInfo;
import dev.truecoding.generation.PlanReader;
import dev.truecoding.generation.PreviousVersion;
import dev.truecoding.plan.TechnicalPlan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaDiffTest {

    private static final String V1 = """
            {"dataModel": {"entities": [
              {"name": "Author", "fields": [{"name": "name", "type": "string", "required": true, "unique": true},
                                            {"name": "bio", "type": "text", "required": false},
                                            {"name": "age", "type": "int", "required": true},
                                            {"name": "rating", "type": "int", "required": false}]},
              {"name": "Post", "fields": [{"name": "title", "type": "string", "required": true}]},
              {"name": "Note", "fields": [{"name": "text", "type": "text", "required": false}]},
              {"name": "Label", "fields": [{"name": "name", "type": "string", "required": false}]}],
             "relationships": [{"from": "Author", "to": "Post", "type": "one-to-many"},
                               {"from": "Post", "to": "Label", "type": "many-to-many"}]}}""";

    private static final String V2 = """
            {"dataModel": {"entities": [
              {"name": "Author", "fields": [{"name": "name", "type": "string", "required": true, "unique": true},
                                            {"name": "rating", "type": "string", "required": false},
                                            {"name": "country", "type": "string", "required": true},
                                            {"name": "status", "type": "enum: active|gone", "required": true, "default": "active"},
                                            {"name": "handle", "type": "string", "unique": true, "required": false}]},
              {"name": "Post", "fields": [{"name": "title", "type": "string", "required": true}]},
              {"name": "Tag", "fields": [{"name": "name", "type": "string", "required": true}]},
              {"name": "Label", "fields": [{"name": "name", "type": "string", "required": false}]},
              {"name": "Profile", "fields": [{"name": "about", "type": "text", "required": false}]}],
             "relationships": [{"from": "Author", "to": "Post", "type": "one-to-many"},
                               {"from": "Tag", "to": "Post", "type": "one-to-many"},
                               {"from": "Author", "to": "Profile", "type": "one-to-one"},
                               {"from": "Author", "to": "Label", "type": "one-to-one"},
                               {"from": "Post", "to": "Tag", "type": "many-to-many"}]}}""";

    private final AppGenerator generator = new AppGenerator();

    private static AppModel model(String json) {
        return ModelBuilder.build(PlanReader.technical(json), null);
    }

    private static String migration(GeneratedApp app, String path) {
        return app.files().stream().filter(file -> file.path().equals(path)).findFirst()
                .map(GeneratedFileInfo::content).orElse(null);
    }

    private GeneratedApp second() {
        GeneratedApp first = generator.generate(PlanReader.technical(V1), null);
        List<GeneratedFileInfo> migrations = first.files().stream().filter(file -> file.path().startsWith("migrations/")).toList();
        return generator.generate(PlanReader.technical(V2), null, new PreviousVersion(PlanReader.technical(V1), migrations));
    }

    @Test
    void theSamePlanChangesNothing() {
        SchemaDiff diff = SchemaDiff.between(model(V1), model(V1));

        assertThat(diff.changesSchema()).isFalse();
        assertThat(diff.notes()).isEmpty();
        GeneratedApp first = generator.generate(PlanReader.technical(V1), null);
        GeneratedApp again = generator.generate(PlanReader.technical(V1), null, new PreviousVersion(PlanReader.technical(V1),
                first.files().stream().filter(file -> file.path().startsWith("migrations/")).toList()));
        assertThat(again.files()).isEqualTo(first.files());
    }

    @Test
    void newEntitiesBecomeTablesWithTheirForeignKeys() {
        String sql = migration(second(), "migrations/0002_plan_update.sql");

        assertThat(sql).contains("CREATE TABLE \"tags\" (").contains("CREATE TABLE \"profiles\" (")
                .contains("\"author_id\" uuid,\n").doesNotContain("CREATE TABLE \"authors\"")
                .contains("ALTER TABLE \"posts\" ADD COLUMN \"tag_id\" uuid;")
                .contains("ALTER TABLE \"posts\" ADD CONSTRAINT \"posts_tag_id_fkey\"\n"
                        + "  FOREIGN KEY (\"tag_id\") REFERENCES \"tags\" (\"id\") ON DELETE SET NULL;\n"
                        + "CREATE INDEX \"posts_tag_id_idx\" ON \"posts\" (\"tag_id\");")
                .contains("ALTER TABLE \"profiles\" ADD CONSTRAINT \"profiles_author_id_fkey\"")
                .contains("CONSTRAINT \"profiles_author_id_key\" UNIQUE (\"author_id\")")
                .doesNotContain("authors_post");
    }

    @Test
    void aNewOneToOneOnAnExistingTableAddsAUniqueKeyColumn() {
        assertThat(migration(second(), "migrations/0002_plan_update.sql"))
                .contains("ALTER TABLE \"labels\" ADD COLUMN \"author_id\" uuid\n  CONSTRAINT \"labels_author_id_key\" UNIQUE;")
                .contains("ALTER TABLE \"labels\" ADD CONSTRAINT \"labels_author_id_fkey\"");
    }

    @Test
    void newFieldsBecomeColumnsAndARequiredOneWithoutDefaultIsNullable() {
        GeneratedApp app = second();
        String sql = migration(app, "migrations/0002_plan_update.sql");

        assertThat(sql).contains("ALTER TABLE \"authors\" ADD COLUMN \"country\" text;")
                .contains("ALTER TABLE \"authors\" ADD COLUMN \"status\" text NOT NULL DEFAULT 'active' CHECK (\"status\" IN ('active', 'gone'));")
                .contains("ALTER TABLE \"authors\" ADD COLUMN \"handle\" text\n  CONSTRAINT \"authors_handle_key\" UNIQUE;");
        assertThat(app.coverage().items()).anySatisfy(item -> {
            assertThat(item.subject()).isEqualTo("authors.country");
            assertThat(item.status()).isEqualTo(CoverageReport.Status.ADAPTED);
            assertThat(item.detail()).contains("nullable");
        });
    }

    @Test
    void aNewManyToManyBecomesALinkTable() {
        assertThat(migration(second(), "migrations/0002_plan_update.sql"))
                .contains("CREATE TABLE \"posts_tags\" (").doesNotContain("CREATE TABLE \"posts_labels\"");
    }

    @Test
    void nothingIsDroppedOrRetypedAndEachRemovalIsReported() {
        GeneratedApp app = second();
        String sql = migration(app, "migrations/0002_plan_update.sql");

        assertThat(sql.toUpperCase(Locale.ROOT)).doesNotContain("DROP TABLE").doesNotContain("DROP COLUMN")
                .doesNotContain("ALTER COLUMN \"RATING\"").doesNotContain("TYPE ").doesNotContain("DROP CONSTRAINT");
        // age was required: the app no longer fills it, so it must accept no value.
        assertThat(sql).contains("ALTER TABLE \"authors\" ALTER COLUMN \"age\" DROP NOT NULL;");
        List<String> notApplied = app.coverage().withStatus(CoverageReport.Status.NOT_IMPLEMENTED).stream()
                .filter(item -> item.area().equals("database")).map(item -> item.subject() + ": " + item.detail()).toList();
        assertThat(notApplied).anySatisfy(line -> assertThat(line).startsWith("notes:").contains("remove it by hand"))
                .anySatisfy(line -> assertThat(line).startsWith("authors.bio:").contains("remove it by hand"))
                .anySatisfy(line -> assertThat(line).startsWith("authors.age:"))
                .anySatisfy(line -> assertThat(line).startsWith("authors.rating:").contains("type changed"))
                .anySatisfy(line -> assertThat(line).startsWith("posts_labels:").contains("remove it by hand"));
    }

    @Test
    void aRemovedRelationshipKeepsItsForeignKey() {
        String v3 = V1.replace("{\"from\": \"Author\", \"to\": \"Post\", \"type\": \"one-to-many\"},", "");
        SchemaDiff diff = SchemaDiff.between(model(V1), model(v3));

        assertThat(diff.changesSchema()).isFalse();
        assertThat(diff.notes()).singleElement().satisfies(item -> {
            assertThat(item.subject()).isEqualTo("posts.author_id");
            assertThat(item.detail()).contains("foreign key").contains("remove it by hand");
        });
    }

    @Test
    void previousFilesComeOutByteForByteAndTheNewOneIsNumberedAfterThem() {
        TechnicalPlan v1 = PlanReader.technical(V1);
        List<GeneratedFileInfo> existing = List.of(
                GeneratedFileInfo.of("migrations/0003_by_hand.sql", "-- a person's own change\r\nSELECT 1;\r\n"),
                GeneratedFileInfo.of("migrations/0001_initial.sql", "-- edited by hand\n"));

        GeneratedApp app = generator.generate(PlanReader.technical(V2), null, new PreviousVersion(v1, existing));

        List<GeneratedFileInfo> migrations = app.files().stream().filter(file -> file.path().startsWith("migrations/")).toList();
        assertThat(migrations).extracting(GeneratedFileInfo::path).containsExactly("migrations/0001_initial.sql",
                "migrations/0003_by_hand.sql", "migrations/0004_plan_update.sql");
        assertThat(migrations.get(0)).isEqualTo(existing.get(1));
        assertThat(migrations.get(1)).isEqualTo(existing.get(0));
        assertThat(app.files()).extracting(GeneratedFileInfo::path).contains("README.md");
        assertThat(migration(app, "README.md")).contains("0004_plan_update.sql").contains("remove it by hand");
    }

    @Test
    void theSameInputsGiveByteIdenticalOutput() {
        GeneratedApp first = second();
        GeneratedApp again = new AppGeneratorHolder().second();

        assertThat(again.files()).isEqualTo(first.files());
        assertThat(again.coverage()).isEqualTo(first.coverage());
    }

    private static final String MEETINGS = """
            {"dataModel": {"entities": [
              {"name": "Meeting", "fields": [{"name": "title", "type": "string", "required": true, "unique": true},
                                             {"name": "seats", "type": "string", "required": false}]},
              {"name": "Note", "fields": [{"name": "text", "type": "text", "required": false}]},
              {"name": "Tag", "fields": [{"name": "name", "type": "string", "required": false}]}],
             "relationships": [{"from": "Meeting", "to": "Note", "type": "one-to-one"},
                               {"from": "Meeting", "to": "Tag", "type": "many-to-many"}]}}""";

    private static final String GATHERINGS = MEETINGS.replace("Meeting", "Gathering").replace("\"title\"", "\"name\"");

    private static String planUpdate(String v1, String v2, dev.truecoding.plan.Renames renames, boolean drop) {
        return new SchemaDiffTest().update(v1, v2, renames, drop);
    }

    private String update(String v1, String v2, dev.truecoding.plan.Renames renames, boolean drop) {
        List<GeneratedFileInfo> migrations = generator.generate(PlanReader.technical(v1), null).files().stream()
                .filter(file -> file.path().startsWith("migrations/")).toList();
        return migration(generator.generate(PlanReader.technical(v2), null,
                new PreviousVersion(PlanReader.technical(v1), migrations, renames, drop)), "migrations/0002_plan_update.sql");
    }

    @Test
    void aRenamedEntityMovesItsTableKeysLinkTableAndIndexesInsteadOfANewTable() {
        String sql = planUpdate(MEETINGS, GATHERINGS, dev.truecoding.plan.Renames.NONE.entity("Meeting", "Gathering")
                .field("Gathering", "title", "name"), false);

        assertThat(sql).doesNotContain("CREATE TABLE").doesNotContain("DROP ")
                .contains("ALTER TABLE \"meetings\" RENAME TO \"gatherings\";")
                .contains("ALTER TABLE \"meetings_tags\" RENAME TO \"gatherings_tags\";")
                .contains("ALTER TABLE \"gatherings\" RENAME COLUMN \"title\" TO \"name\";")
                .contains("ALTER TABLE \"notes\" RENAME COLUMN \"meeting_id\" TO \"gathering_id\";")
                .contains("ALTER TABLE \"gatherings_tags\" RENAME COLUMN \"meeting_id\" TO \"gathering_id\";")
                .contains("ALTER INDEX IF EXISTS \"meetings_pkey\" RENAME TO \"gatherings_pkey\";")
                .contains("ALTER INDEX IF EXISTS \"meetings_title_key\" RENAME TO \"gatherings_name_key\";")
                .contains("ALTER INDEX IF EXISTS \"meetings_created_at_idx\" RENAME TO \"gatherings_created_at_idx\";")
                .contains("ALTER TABLE \"notes\" RENAME CONSTRAINT \"notes_meeting_id_fkey\" TO \"notes_gathering_id_fkey\";")
                .contains("ALTER INDEX IF EXISTS \"notes_meeting_id_key\" RENAME TO \"notes_gathering_id_key\";")
                .contains("ALTER TABLE \"gatherings_tags\" RENAME CONSTRAINT \"meetings_tags_meeting_id_fkey\" TO \"gatherings_tags_gathering_id_fkey\";");
        // Table renames come before the column renames that name the new table.
        assertThat(sql.indexOf("RENAME TO \"gatherings\"")).isLessThan(sql.indexOf("RENAME COLUMN \"title\""));
    }

    @Test
    void withoutTheRenameTheSameChangeIsARemovalAndAnAddition() {
        String sql = planUpdate(MEETINGS, GATHERINGS, dev.truecoding.plan.Renames.NONE, false);

        assertThat(sql).contains("CREATE TABLE \"gatherings\" (").doesNotContain("RENAME");
    }

    @Test
    void removalsAreDroppedOnlyWhenConfirmed() {
        String v2 = """
                {"dataModel": {"entities": [
                  {"name": "Meeting", "fields": [{"name": "title", "type": "string", "required": true, "unique": true}]},
                  {"name": "Note", "fields": [{"name": "text", "type": "text", "required": false}]}],
                 "relationships": [{"from": "Meeting", "to": "Note", "type": "one-to-one"}]}}""";
        assertThat(v2).doesNotContain("seats").doesNotContain("Tag");

        assertThat(planUpdate(MEETINGS, v2, dev.truecoding.plan.Renames.NONE, false)).isNull();
        String sql = planUpdate(MEETINGS, v2, dev.truecoding.plan.Renames.NONE, true);
        assertThat(sql).contains("DROP TABLE \"meetings_tags\" CASCADE;\n\nDROP TABLE \"tags\" CASCADE;")
                .contains("ALTER TABLE \"meetings\" DROP COLUMN \"seats\" CASCADE;");
    }

    @Test
    void aConfirmedRetypeConvertsWhatReadsAsTheNewTypeAndAnUnconfirmedOneIsOnlyListed() {
        String v2 = MEETINGS.replace("{\"name\": \"seats\", \"type\": \"string\"", "{\"name\": \"seats\", \"type\": \"int\"");

        assertThat(planUpdate(MEETINGS, v2, dev.truecoding.plan.Renames.NONE, false)).isNull();
        assertThat(planUpdate(MEETINGS, v2, dev.truecoding.plan.Renames.NONE, true))
                .contains("ALTER TABLE \"meetings\" ALTER COLUMN \"seats\" DROP DEFAULT,\n  ALTER COLUMN \"seats\" TYPE integer "
                        + "USING CASE WHEN trim(\"seats\"::text) ~ '^[+-]?[0-9]{1,9}$' THEN trim(\"seats\"::text)::integer ELSE NULL END;");
    }

    @Test
    void aFieldMadeRequiredGetsNotNullOnlyWithADefaultToFillTheStoredRecords() {
        String withDefault = MEETINGS.replace("{\"name\": \"seats\", \"type\": \"string\", \"required\": false}",
                "{\"name\": \"seats\", \"type\": \"string\", \"required\": true, \"default\": \"ten\"}");
        String withoutDefault = MEETINGS.replace("{\"name\": \"seats\", \"type\": \"string\", \"required\": false}",
                "{\"name\": \"seats\", \"type\": \"string\", \"required\": true}");

        assertThat(planUpdate(MEETINGS, withDefault, dev.truecoding.plan.Renames.NONE, true))
                .contains("ALTER TABLE \"meetings\" ALTER COLUMN \"seats\" SET DEFAULT 'ten';")
                .contains("UPDATE \"meetings\" SET \"seats\" = 'ten' WHERE \"seats\" IS NULL;\n"
                        + "ALTER TABLE \"meetings\" ALTER COLUMN \"seats\" SET NOT NULL;");
        assertThat(planUpdate(MEETINGS, withoutDefault, dev.truecoding.plan.Renames.NONE, true)).isNull();
        assertThat(SchemaDiff.between(model(MEETINGS), model(withoutDefault), dev.truecoding.plan.Renames.NONE, true).notes())
                .singleElement().satisfies(item -> {
                    assertThat(item.status()).isEqualTo(CoverageReport.Status.ADAPTED);
                    assertThat(item.detail()).contains("stays nullable");
                });
    }

    @Test
    void migrationPathsAreChecked() {
        assertThatThrownBy(() -> new PreviousVersion(PlanReader.technical(V1),
                List.of(GeneratedFileInfo.of("../evil.sql", "")))).isInstanceOf(IllegalArgumentException.class);
    }

    /** A second generator, so determinism does not rest on state kept in one instance. */
    private static final class AppGeneratorHolder {
        private final SchemaDiffTest test = new SchemaDiffTest();

        GeneratedApp second() {
            return test.second();
        }
    }
}
