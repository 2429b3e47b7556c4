package dev.truecoding.change;

import dev.truecoding.system.Phrase;
import dev.truecoding.plan.Renames;
import dev.truecoding.change.DataEffect.Kind;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.support.RequiresPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.truecoding.change.ChangePlans.entities;
import static dev.truecoding.change.ChangePlans.entity;
import static dev.truecoding.change.ChangePlans.field;
import static dev.truecoding.change.ChangePlans.plan;
import static dev.truecoding.change.ChangePlans.relate;
import static dev.truecoding.change.ChangePlans.required;
import static dev.truecoding.plan.TechnicalPlan.RelationshipType.MANY_TO_MANY;
import static dev.truecoding.plan.TechnicalPlan.RelationshipType.ONE_TO_MANY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a change does to the records a live app stores, counted in a real PostgreSQL database. */
@RequiresPostgres
class DataEffectsTests {

    private final TechnicalPlan live = plan(entities(
            entity("Member", required("name", "string"), field("phone", "string")),
            entity("Recipe", required("title", "string"), field("servings", "string")),
            entity("Meeting", required("topic", "string")),
            entity("Tag", required("label", "string"))),
            relate("Meeting", MANY_TO_MANY, "Tag"), relate("Member", ONE_TO_MANY, "Recipe"));

    private static final java.util.function.Function<Phrase, String> PORTUGUESE = ChangePlans.portuguese();

    private LiveApp app;

    @BeforeEach
    void startTheLiveApp() {
        app = new LiveApp(live);
        app.insert("members", 12, "phone", "555-0100", 11);
        app.insert("recipes", 3, "servings", "4", 2);
        app.insert("meetings", 5, null, null, 0);
        app.link("meetings_tags", 7);
    }

    @AfterEach
    void stopTheLiveApp() {
        app.close();
    }

    @Test
    void droppingAFieldSaysHowManyValuesGoAndNeedsAYes() {
        TechnicalPlan after = replace(live, 0, entity("Member", required("name", "string")));

        DataEffects effects = effects(after, Renames.NONE);

        assertThat(effects.counted()).isTrue();
        assertThat(effects.effects()).singleElement().satisfies(effect -> {
            assertThat(effect.kind()).isEqualTo(Kind.DROPPED_COLUMN);
            assertThat(effect.destructive()).isTrue();
            assertThat(effect.values()).isEqualTo(11L);
            assertThat(effect.rows()).isEqualTo(12L);
            assertThat(effect.words()).isEqualTo("Drops Member.phone: 11 values in 12 rows");
        });
        assertThat(effects.losesData()).isTrue();
    }

    @Test
    void aNewFieldWithADefaultFillsTheRowsAlreadyStored() {
        TechnicalPlan after = replace(live, 1, entity("Recipe", required("title", "string"), field("servings", "string"),
                ChangePlans.required("prepMinutes", "int", "0")));

        DataEffects effects = effects(after, Renames.NONE);

        assertThat(effects.effects()).singleElement().satisfies(effect -> {
            assertThat(effect.kind()).isEqualTo(Kind.NEW_COLUMN);
            assertThat(effect.column()).isEqualTo("prep_minutes");
            assertThat(effect.existingRowsGet()).isEqualTo("0");
            assertThat(effect.destructive()).isFalse();
            assertThat(effect.words()).isEqualTo(
                    "Adds Recipe.prepMinutes (column recipes.prep_minutes): the 3 rows already stored get 0");
        });
        assertThat(effects.losesData()).isFalse();
    }

    @Test
    void aDeclaredRenameKeepsTheRowsAndTheLinks() {
        TechnicalPlan after = plan(entities(live.dataModel().entities().get(0), live.dataModel().entities().get(1),
                entity("Gathering", required("topic", "string")), live.dataModel().entities().get(3)),
                relate("Gathering", MANY_TO_MANY, "Tag"), relate("Member", ONE_TO_MANY, "Recipe"));

        DataEffects effects = effects(after, Renames.NONE.entity("Meeting", "Gathering"));

        assertThat(effects.effects()).extracting(DataEffect::words).containsExactly(
                "Renames table meetings to gatherings: its 5 rows kept",
                "Renames table meetings_tags to gatherings_tags: its 7 links kept",
                "Renames column gatherings_tags.meeting_id to gathering_id: links are kept");
        assertThat(effects.losesData()).isFalse();
    }

    @Test
    void withoutTheRenameTheSameChangeDropsTheRows() {
        TechnicalPlan after = plan(entities(live.dataModel().entities().get(0), live.dataModel().entities().get(1),
                entity("Gathering", required("topic", "string")), live.dataModel().entities().get(3)),
                relate("Gathering", MANY_TO_MANY, "Tag"), relate("Member", ONE_TO_MANY, "Recipe"));

        DataEffects effects = effects(after, Renames.NONE);

        assertThat(effects.destructive()).extracting(DataEffect::words).containsExactly(
                "Drops Meeting (table meetings): 5 rows",
                "Drops the links between Meeting and Tag (table meetings_tags): 7 links");
        assertThat(effects.effects()).extracting(DataEffect::kind).contains(Kind.NEW_TABLE);
    }

    @Test
    void aDeclaredFieldRenameKeepsItsValuesAndANewRequiredFieldLeavesStoredRowsEmpty() {
        TechnicalPlan after = replace(live, 0, entity("Member", required("name", "string"), field("mobile", "string"),
                required("joined", "date")));

        DataEffects effects = effects(after, Renames.NONE.field("Member", "phone", "mobile"));

        assertThat(effects.effects()).extracting(DataEffect::words).containsExactly(
                "Renames column members.phone to mobile: its 11 values kept",
                "Adds Member.joined (column members.joined): the 12 rows already stored have no value for it");
        assertThat(effects.losesData()).isFalse();
    }

    @Test
    void narrowingATypeOrRequiringAFieldWithNoDefaultNeedsAYes() {
        TechnicalPlan after = replace(live, 1, entity("Recipe", required("title", "string"), required("servings", "int")));

        DataEffects effects = effects(after, Renames.NONE);

        assertThat(effects.effects()).extracting(DataEffect::kind, DataEffect::destructive, DataEffect::words).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.NARROWED_TYPE, true,
                        "Changes Recipe.servings from text to integer: 2 stored values must fit, and those that do not are lost"),
                org.assertj.core.groups.Tuple.tuple(Kind.NOW_REQUIRED, true,
                        "Makes Recipe.servings required with no default: 1 of 3 rows has no value"));
    }

    @Test
    void droppingARelationshipCountsItsLinks() {
        TechnicalPlan after = plan(live.dataModel().entities(), relate("Meeting", MANY_TO_MANY, "Tag"));

        DataEffects effects = effects(after, Renames.NONE);

        assertThat(effects.effects()).singleElement().satisfies(effect -> {
            assertThat(effect.kind()).isEqualTo(Kind.DROPPED_COLUMN);
            assertThat(effect.column()).isEqualTo("member_id");
            assertThat(effect.values()).isZero();
            assertThat(effect.destructive()).isTrue();
        });
    }

    @Test
    void withNoLiveDatabaseEveryEffectIsStillSaidWithoutCounts() {
        TechnicalPlan after = replace(live, 0, entity("Member", required("name", "string")));
        PlanDiff diff = PlanDiff.between(new Plans(null, live), new Plans(null, after), Renames.NONE);

        DataEffects effects = DataEffects.of(diff, live, after, LiveData.NOTHING_DEPLOYED);

        assertThat(effects.counted()).isFalse();
        assertThat(effects.note()).isEqualTo("Not counted: the app has no live database yet.");
        assertThat(effects.effects()).singleElement().satisfies(effect -> {
            assertThat(effect.values()).isNull();
            assertThat(effect.destructive()).isTrue();
            assertThat(effect.words()).isEqualTo("Drops Member.phone and every value in it");
        });
    }

    @Test
    void aNewFieldSaysHowManyRowsItMeetsForNoneOneAndMany() {
        app.insert("tags", 1, "label", "easy", 1);

        DataEffects one = effects(replace(live, 3, entity("Tag", required("label", "string"), field("colour", "string"))),
                Renames.NONE);
        assertThat(one.effects()).extracting(DataEffect::words)
                .containsExactly("Adds Tag.colour (column tags.colour): the 1 row already stored has no value for it");

        app.close();
        app = new LiveApp(live);
        DataEffects empty = effects(replace(live, 3, entity("Tag", required("label", "string"),
                ChangePlans.required("weight", "int", "0"))), Renames.NONE);
        assertThat(empty.effects()).extracting(DataEffect::words)
                .containsExactly("Adds Tag.weight (column tags.weight): no rows are stored yet");
        assertThat(empty.effects()).extracting(effect -> effect.words(PORTUGUESE))
                .containsExactly("Adiciona Tag.weight (coluna tags.weight): ainda não há linhas guardadas");
    }

    @Test
    void thePortuguesePageSaysWhatGoesAndWhatStays() {
        TechnicalPlan after = replace(live, 0, entity("Member", required("name", "string"), field("mobile", "string"),
                required("joined", "date")));
        DataEffects renamed = effects(after, Renames.NONE.field("Member", "phone", "mobile"));
        assertThat(renamed.effects()).extracting(effect -> effect.words(PORTUGUESE)).containsExactly(
                "Renomeia a coluna members.phone para mobile: seus 11 valores são mantidos",
                "Adiciona Member.joined (coluna members.joined): as 12 linhas já guardadas ficam sem valor nele");

        DataEffects dropped = effects(replace(live, 0, entity("Member", required("name", "string"))), Renames.NONE);
        assertThat(dropped.effects()).extracting(effect -> effect.words(PORTUGUESE))
                .containsExactly("Apaga Member.phone: 11 valores em 12 linhas");

        DataEffects narrowed = effects(replace(live, 1, entity("Recipe", required("title", "string"),
                required("servings", "int"))), Renames.NONE);
        assertThat(narrowed.effects()).extracting(effect -> effect.words(PORTUGUESE)).containsExactly(
                "Muda Recipe.servings de text para integer: 2 valores guardados precisam caber, e os que não couberem se perdem",
                "Torna Recipe.servings obrigatório sem valor padrão: 1 de 3 linhas está sem valor");

        TechnicalPlan withoutPhone = replace(live, 0, entity("Member", required("name", "string")));
        PlanDiff diff = PlanDiff.between(new Plans(null, live), new Plans(null, withoutPhone), Renames.NONE);
        DataEffects uncounted = DataEffects.of(diff, live, withoutPhone, LiveData.NOTHING_DEPLOYED);
        assertThat(uncounted.note(PORTUGUESE)).isEqualTo("Não foi possível contar: the app has no live database yet.");
        assertThat(uncounted.effects()).extracting(effect -> effect.words(PORTUGUESE))
                .containsExactly("Apaga Member.phone e todos os seus valores");
    }

    @Test
    void liveDataCountsOnlyRealTablesAndColumnsAndRefusesNamesThatAreNotIdentifiers() {
        LiveData data = app.liveData();

        assertThat(data.rows("members")).hasValue(12);
        assertThat(data.nonNullValues("members", "phone")).hasValue(11);
        assertThat(data.rows("ingredients")).isEmpty();
        assertThat(data.nonNullValues("members", "email")).isEmpty();
        assertThatThrownBy(() -> data.rows("members; DROP TABLE members"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.nonNullValues("members", "phone\") FROM members; --"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(app.count("members")).isEqualTo(12);
    }

    private DataEffects effects(TechnicalPlan after, Renames renames) {
        PlanDiff diff = PlanDiff.between(new Plans(null, live), new Plans(null, after), renames);
        return DataEffects.of(diff, live, after, app.liveData());
    }

    private static TechnicalPlan replace(TechnicalPlan plan, int index, TechnicalPlan.Entity entity) {
        var entities = new java.util.ArrayList<>(plan.dataModel().entities());
        entities.set(index, entity);
        return plan(entities, plan.dataModel().relationships().toArray(TechnicalPlan.Relationship[]::new));
    }
}
