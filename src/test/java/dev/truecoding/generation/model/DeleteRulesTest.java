package dev.truecoding.generation.model;

import dev.truecoding.generation.GeneratedFileInfo;
import dev.truecoding.generation.AppGenerator;
import dev.truecoding.generation.PlanReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What deleting a parent does to its children, as the relationship's description says it. */
class DeleteRulesTest {

    private static String plan(String description) {
        return """
                {"dataModel": {"entities": [
                  {"name": "Recipe", "fields": [{"name": "title", "type": "string", "required": true}]},
                  {"name": "Ingredient", "fields": [{"name": "name", "type": "string", "required": true}]}],
                 "relationships": [{"from": "Recipe", "to": "Ingredient", "type": "one-to-many", "description": %s}]}}"""
                .formatted(description == null ? "null" : "\"" + description + "\"");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "a recipe has ingredients, SET NULL",
            "none, SET NULL",
            "deleting a recipe deletes its ingredients, CASCADE",
            "cascade, CASCADE",
            "a recipe cannot be deleted while it has ingredients, RESTRICT",
            "refuse to delete a recipe that still has ingredients, RESTRICT",
            "restrict, RESTRICT"})
    void theDescriptionChoosesTheRule(String description, String rule) {
        AppModel app = ModelBuilder.build(PlanReader.technical(plan(description)), null);

        assertThat(app.entities().get(1).belongsTo()).singleElement()
                .satisfies(key -> assertThat(key.onDeleteSql()).isEqualTo(rule));
    }

    @Test
    void aRestrictedParentAnswers409InWordsAndItsMigrationSaysRestrict() {
        var files = new AppGenerator().generate(PlanReader.technical(plan("a recipe cannot be deleted while it has ingredients")), null).files();

        assertThat(content(files, "migrations/0001_initial.sql")).contains("REFERENCES \"recipes\" (\"id\") ON DELETE RESTRICT;");
        assertThat(content(files, "src/app/api/recipes/[id]/route.ts"))
                .contains("if (isStillReferenced(error)) return json({ error: \"This recipe still has ingredients: delete them first\" }, 409);");
        assertThat(content(files, "src/app/api/ingredients/[id]/route.ts")).doesNotContain("isStillReferenced");
        assertThat(content(files, "tests/ingredient.test.ts")).contains("refuses to delete a linked record")
                .contains("import * as recipeItem from \"@/app/api/recipes/[id]/route\";");
    }

    @Test
    void aChangedRuleOnAnExistingKeyIsListedNotApplied() {
        SchemaDiff diff = SchemaDiff.between(ModelBuilder.build(PlanReader.technical(plan(null)), null),
                ModelBuilder.build(PlanReader.technical(plan("cascade")), null));

        assertThat(diff.changesSchema()).isFalse();
        assertThat(diff.notes()).singleElement().satisfies(item -> assertThat(item.detail())
                .isEqualTo("on delete now CASCADE: not applied, the foreign key keeps ON DELETE SET NULL"));
    }

    private static String content(java.util.List<GeneratedFileInfo> files, String path) {
        return files.stream().filter(file -> file.path().equals(path)).findFirst().orElseThrow().content();
    }
}
