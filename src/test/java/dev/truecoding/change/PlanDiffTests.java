package dev.truecoding.change;

import dev.truecoding.system.Phrase;
import dev.truecoding.plan.Renames;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flipkart.zjsonpatch.JsonPatch;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.BusinessPlan.Feature;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.APIEndpoint;
import dev.truecoding.plan.TechnicalPlan.EnvVariable;
import dev.truecoding.plan.TechnicalPlan.HttpMethod;
import dev.truecoding.plan.TechnicalPlan.Page;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static dev.truecoding.change.ChangePlans.entities;
import static dev.truecoding.change.ChangePlans.entity;
import static dev.truecoding.change.ChangePlans.field;
import static dev.truecoding.change.ChangePlans.plan;
import static dev.truecoding.change.ChangePlans.relate;
import static dev.truecoding.change.ChangePlans.required;
import static dev.truecoding.change.ChangePlans.unique;
import static dev.truecoding.change.ChangePlans.withEndpoints;
import static dev.truecoding.change.ChangePlans.withPages;
import static dev.truecoding.change.ChangePlans.withVariables;
import static dev.truecoding.plan.TechnicalPlan.RelationshipType.MANY_TO_MANY;
import static dev.truecoding.plan.TechnicalPlan.RelationshipType.ONE_TO_MANY;
import static org.assertj.core.api.Assertions.assertThat;

/** What a person reads before approving a change: every difference in words, renames asked about, the JSON Patch. */
class PlanDiffTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.util.function.Function<Phrase, String> PORTUGUESE = ChangePlans.portuguese();

    private final TechnicalPlan recipes = plan(entities(
            entity("Recipe", required("title", "string"), field("servings", "int")),
            entity("Meeting", required("topic", "string"), field("when", "datetime"))),
            relate("Recipe", ONE_TO_MANY, "Meeting"));

    @Test
    void anAddedFieldIsSaidWithItsTypeAndDefault() {
        TechnicalPlan after = plan(entities(
                entity("Recipe", required("title", "string"), field("servings", "int"), required("prepMinutes", "int", "0")),
                recipes.dataModel().entities().get(1)), recipes.dataModel().relationships().getFirst());

        PlanDiff diff = diff(recipes, after, Renames.NONE);

        assertThat(diff.changes()).extracting(PlanChange::text)
                .containsExactly("Add field Recipe.prepMinutes (int, required, default 0)");
        assertThat(diff.summary()).isEqualTo("Add field Recipe.prepMinutes");
        assertThat(diff.possibleRenames()).isEmpty();
    }

    @Test
    void aChangedFieldListsTypeRequiredUniqueAndDefault() {
        TechnicalPlan after = plan(entities(
                entity("Recipe", unique("title", "text"), required("servings", "bigint", "4")),
                recipes.dataModel().entities().get(1)), recipes.dataModel().relationships().getFirst());

        PlanDiff diff = diff(recipes, after, Renames.NONE);

        assertThat(diff.changes()).extracting(PlanChange::text).containsExactly(
                "Change field Recipe.title: type string → text, now unique",
                "Change field Recipe.servings: type int → bigint, now required, default 4 added");
    }

    @Test
    void aDeclaredEntityRenameIsOneRenameAndItsRelationshipsFollow() {
        TechnicalPlan after = plan(entities(recipes.dataModel().entities().getFirst(),
                entity("Gathering", required("topic", "string"), field("when", "datetime"))),
                relate("Recipe", ONE_TO_MANY, "Gathering"));

        PlanDiff diff = diff(recipes, after, Renames.NONE.entity("Meeting", "Gathering"));

        assertThat(diff.changes()).extracting(PlanChange::text).containsExactly("Rename entity Meeting to Gathering");
        assertThat(diff.changes().getFirst().previousSubject()).isEqualTo("Meeting");
        assertThat(diff.renames().entities()).containsExactly(new Renames.EntityRename("Meeting", "Gathering"));
        assertThat(diff.summary()).isEqualTo("Rename entity Meeting to Gathering");
    }

    @Test
    void aRemovalAndAnAdditionOfTheSameShapeAreAskedAboutNeverAssumedToBeARename() {
        TechnicalPlan after = plan(entities(recipes.dataModel().entities().getFirst(),
                entity("Gathering", required("topic", "string"), field("when", "datetime"))));

        PlanDiff diff = diff(recipes, after, Renames.NONE);

        assertThat(diff.changes()).extracting(PlanChange::text).containsExactly(
                "Add entity Gathering (topic: string, when: datetime)",
                "Remove entity Meeting (topic: string, when: datetime)",
                "Unrelate Recipe and Meeting (one-to-many)");
        assertThat(diff.renames().isEmpty()).isTrue();
        assertThat(diff.possibleRenames()).singleElement().satisfies(rename -> {
            assertThat(rename.area()).isEqualTo(PlanArea.ENTITY);
            assertThat(rename.question()).startsWith("Is Gathering the entity Meeting renamed?");
            assertThat(rename.notation()).isEqualTo("rename entity Meeting to Gathering");
        });
    }

    @Test
    void fieldRenamesAreTakenWhenDeclaredAndOfferedWhenTheShapeMatches() {
        TechnicalPlan after = plan(entities(
                entity("Recipe", required("name", "string"), field("portions", "int")),
                recipes.dataModel().entities().get(1)), recipes.dataModel().relationships().getFirst());

        PlanDiff diff = diff(recipes, after, Renames.NONE.field("Recipe", "title", "name"));

        assertThat(diff.changes()).extracting(PlanChange::text).containsExactly(
                "Rename field Recipe.title to name",
                "Add field Recipe.portions (int)",
                "Remove field Recipe.servings (int)");
        assertThat(diff.possibleRenames()).extracting(PossibleRename::notation)
                .containsExactly("rename field Recipe.servings to portions");
    }

    @Test
    void aFieldRenameNamesItsEntityAsEitherPlanDoes() {
        TechnicalPlan after = plan(entities(recipes.dataModel().entities().getFirst(),
                entity("Gathering", required("subject", "string"), field("when", "datetime"))),
                relate("Recipe", ONE_TO_MANY, "Gathering"));

        PlanDiff diff = diff(recipes, after,
                Renames.NONE.entity("Meeting", "Gathering").field("Meeting", "topic", "subject"));

        assertThat(diff.changes()).extracting(PlanChange::text).containsExactly(
                "Rename entity Meeting to Gathering", "Rename field Gathering.topic to subject");
        assertThat(diff.renames().fields()).containsExactly(new Renames.FieldRename("Gathering", "topic", "subject"));
    }

    @Test
    void aDeclaredRenameThatDoesNotHoldIsNotTaken() {
        // "Meeting" is still there, so renaming it to Recipe (which already exists) cannot be what was meant.
        PlanDiff diff = diff(recipes, recipes, Renames.NONE.entity("Meeting", "Recipe"));

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.renames().isEmpty()).isTrue();
        assertThat(diff.summary()).isEqualTo("No change to the plans");
        assertThat(diff.technicalPatch().isEmpty()).isTrue();
    }

    @Test
    void relationshipsAddedChangedAndRemoved() {
        TechnicalPlan before = plan(entities(entity("Recipe"), entity("Tag"), entity("Cook")),
                relate("Recipe", ONE_TO_MANY, "Tag"), relate("Cook", ONE_TO_MANY, "Recipe"));
        TechnicalPlan after = plan(entities(entity("Recipe"), entity("Tag"), entity("Cook")),
                relate("Recipe", MANY_TO_MANY, "Tag"), relate("Cook", MANY_TO_MANY, "Tag"));

        assertThat(diff(before, after, Renames.NONE).changes()).extracting(PlanChange::text).containsExactly(
                "Change relationship Recipe → Tag: type one-to-many → many-to-many",
                "Relate Cook many-to-many Tag",
                "Unrelate Cook and Recipe (one-to-many)");
    }

    @Test
    void pagesEndpointsAndVariablesAreComparedByWhatNamesThem() {
        TechnicalPlan before = withVariables(withEndpoints(withPages(recipes,
                        new Page("/recipes", "Recipes", "All recipes", List.of("RecipeList"), null),
                        new Page("/about", "About", "Who we are", List.of(), null)),
                        new APIEndpoint(HttpMethod.GET, "/api/recipes", "List", null, null, false)),
                new EnvVariable("STRIPE_KEY", "Stripe", true, true, null));
        TechnicalPlan after = withVariables(withEndpoints(withPages(recipes,
                        new Page("/recipes", "Recipes", "All recipes", List.of("RecipeList", "SearchBox"), null),
                        new Page("/ingredients", "Ingredients", "Every ingredient", List.of(), null)),
                        new APIEndpoint(HttpMethod.GET, "/api/recipes", "List", null, null, true)),
                new EnvVariable("STRIPE_KEY", "Stripe", true, true, null),
                new EnvVariable("MAIL_FROM", "Sender", false, false, "cook@example.com"));

        assertThat(diff(before, after, Renames.NONE).changes()).extracting(PlanChange::text).containsExactly(
                "Change page /recipes: component SearchBox added",
                "Add page /ingredients (Ingredients)",
                "Remove page /about (About)",
                "Change endpoint GET /api/recipes: now needs sign-in",
                "Add environment variable MAIL_FROM");
    }

    @Test
    void featuresOfTheBusinessPlanAddedRemovedAndMoved() {
        BusinessPlan before = business(List.of(feature("f1", "Recipes", BusinessPlan.Priority.MUST_HAVE),
                feature("f2", "Sharing", BusinessPlan.Priority.SHOULD_HAVE)), List.of());
        BusinessPlan after = business(List.of(feature("f1", "Recipes", BusinessPlan.Priority.MUST_HAVE),
                        feature("f4", "Ratings", BusinessPlan.Priority.MUST_HAVE)),
                List.of(feature("f2", "Sharing", BusinessPlan.Priority.NICE_TO_HAVE)));

        PlanDiff diff = PlanDiff.between(new Plans(before, recipes), new Plans(after, recipes), Renames.NONE);

        assertThat(diff.changes()).extracting(PlanChange::text).containsExactly(
                "Add feature Ratings (must-have)",
                "Change feature Sharing: priority should-have → nice-to-have, moved to the nice-to-have features");
        assertThat(diff.technicalPatch().isEmpty()).isTrue();
        assertThat(diff.businessPatch().isEmpty()).isFalse();
    }

    @Test
    void theJsonPatchTurnsTheOldPlanIntoTheNewOne() throws Exception {
        TechnicalPlan after = withPages(plan(entities(
                        entity("Recipe", required("title", "string"), required("prepMinutes", "int", "0")),
                        entity("Gathering", required("topic", "string"), field("when", "datetime"))),
                        relate("Recipe", MANY_TO_MANY, "Gathering")),
                new Page("/ingredients", "Ingredients", "Every ingredient", List.of(), null));

        PlanDiff diff = diff(recipes, after, Renames.NONE.entity("Meeting", "Gathering"));

        ObjectMapper patchSide = new ObjectMapper();
        var patched = JsonPatch.apply(patchSide.readTree(JSON.writeValueAsString(diff.technicalPatch())),
                patchSide.readTree(JSON.writeValueAsString(recipes)));
        assertThat(JSON.readTree(patchSide.writeValueAsString(patched))).isEqualTo(JSON.valueToTree(after));
        assertThat(diff.technicalPatch().values()).allSatisfy(operation -> {
            assertThat(operation.get("op").asString()).isIn("add", "remove", "replace", "move");
            assertThat(operation.get("path").asString()).startsWith("/");
        });
        assertThat(diff.summary()).isEqualTo("Add field Recipe.prepMinutes; remove field Recipe.servings; "
                + "rename entity Meeting to Gathering; change relationship Recipe → Gathering; and 1 more change");
    }

    @Test
    void theDiffReadsAsJsonForTheApi() {
        TechnicalPlan after = plan(entities(
                entity("Recipe", required("title", "string"), field("servings", "int"), required("prepMinutes", "int", "0")),
                recipes.dataModel().entities().get(1)), recipes.dataModel().relationships().getFirst());

        var json = JSON.valueToTree(diff(recipes, after, Renames.NONE));

        assertThat(json.get("changes").get(0).get("area").asString()).isEqualTo("FIELD");
        assertThat(json.get("changes").get(0).get("kind").asString()).isEqualTo("ADDED");
        assertThat(json.get("changes").get(0).get("details").get(0).asString()).isEqualTo("int");
        assertThat(json.get("technicalPatch").get(0).get("op").asString()).isEqualTo("add");
        assertThat(json.get("technicalPatch").get(0).get("path").asString()).isEqualTo("/dataModel/entities/0/fields/2");
        assertThat(json.get("businessPatch").isArray()).isTrue();
    }

    @Test
    void aPortuguesePageReadsEveryChangeInPortuguese() {
        TechnicalPlan after = withVariables(withPages(plan(entities(
                        entity("Recipe", required("title", "string"), field("servings", "bigint"), field("rating", "int")),
                        entity("Gathering", required("topic", "string"), field("when", "datetime"))),
                        relate("Recipe", MANY_TO_MANY, "Gathering")),
                new Page("/ingredients", "Ingredients", "Every ingredient", List.of(), null)),
                new EnvVariable("MAIL_FROM", "Sender", false, false, "cook@example.com"));
        BusinessPlan before = business(List.of(feature("f1", "Recipes", BusinessPlan.Priority.MUST_HAVE),
                feature("f2", "Sharing", BusinessPlan.Priority.SHOULD_HAVE)), List.of());
        BusinessPlan later = business(List.of(feature("f1", "Recipes", BusinessPlan.Priority.MUST_HAVE)),
                List.of(feature("f2", "Sharing", BusinessPlan.Priority.NICE_TO_HAVE)));

        PlanDiff diff = PlanDiff.between(new Plans(before, recipes), new Plans(later, after),
                Renames.NONE.entity("Meeting", "Gathering"));

        assertThat(diff.changes()).extracting(change -> change.text(PORTUGUESE)).containsExactly(
                "Altera o campo Recipe.servings: tipo: int → bigint",
                "Adiciona o campo Recipe.rating (int)",
                "Renomeia a entidade Meeting para Gathering",
                "Altera a relação Recipe → Gathering: tipo: um-para-muitos → muitos-para-muitos",
                "Adiciona a página /ingredients (Ingredients)",
                "Adiciona a variável de ambiente MAIL_FROM",
                "Altera a funcionalidade Sharing: prioridade: importante → desejável, movida para as funcionalidades desejáveis");
        assertThat(PlanDiff.summary(diff.changes(), PORTUGUESE)).isEqualTo("Altera o campo Recipe.servings; "
                + "adiciona o campo Recipe.rating; renomeia a entidade Meeting para Gathering; "
                + "altera a relação Recipe → Gathering; e mais 3 mudanças");
        assertThat(diff.summary()).as("the API's summary stays English").startsWith("Change field Recipe.servings; add field");
        assertThat(PlanDiff.summary(List.of(), PORTUGUESE)).isEqualTo("Nenhuma mudança nos planos");
    }

    @Test
    void aRenameQuestionAndAStoredDiffReadInPortugueseToo() {
        TechnicalPlan after = plan(entities(recipes.dataModel().entities().getFirst(),
                entity("Gathering", required("topic", "string"), field("when", "datetime"))));
        PlanDiff diff = diff(recipes, after, Renames.NONE);

        // A change is stored as JSON and read back: its phrases come back with it, nested ones too.
        var mapper = JSON.rebuild().disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        ChangeDiff stored = mapper.readValue(mapper.writeValueAsString(ChangeDiff.of(diff, List.of())), ChangeDiff.class);

        assertThat(stored.changes()).extracting(change -> change.text(PORTUGUESE)).containsExactly(
                "Adiciona a entidade Gathering (topic: string, when: datetime)",
                "Remove a entidade Meeting (topic: string, when: datetime)",
                "Desfaz a relação entre Recipe e Meeting (um-para-muitos)");
        assertThat(stored.changes()).extracting(PlanChange::text).containsExactly(
                "Add entity Gathering (topic: string, when: datetime)",
                "Remove entity Meeting (topic: string, when: datetime)",
                "Unrelate Recipe and Meeting (one-to-many)");
        assertThat(stored.possibleRenames()).singleElement().satisfies(rename -> {
            assertThat(PORTUGUESE.apply(rename.questionPhrase())).isEqualTo("Gathering é a entidade Meeting renomeada? "
                    + "Renomear mantém os registros; senão, Meeting é removida e Gathering começa vazia.");
            assertThat(rename.notation()).as("the notation keeps its English keywords").isEqualTo("rename entity Meeting to Gathering");
        });
    }

    private static PlanDiff diff(TechnicalPlan before, TechnicalPlan after, Renames renames) {
        return PlanDiff.between(new Plans(null, before), new Plans(null, after), renames);
    }

    private static Feature feature(String id, String name, BusinessPlan.Priority priority) {
        return new Feature(id, name, name + " for families", priority, BusinessPlan.Complexity.LOW);
    }

    private static BusinessPlan business(List<Feature> core, List<Feature> niceToHave) {
        return new BusinessPlan("Recipe Box", "Recipes", "A recipe box", "Recipes get lost",
                new BusinessPlan.TargetAudience("Cooks", null, List.of()), core, niceToHave, null, null, List.of());
    }
}
