package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.assistant.ReplyChoices;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.BusinessPlan.Feature;
import dev.truecoding.plan.BusinessPlan.Priority;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.Field;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.truecoding.assistant.guided.PlanConsistency.assertConsistent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's words for a plan's entities in the other language: Portuguese requests on a plan whose entities are
 * English (Recipe, Ingredient, Tag), English ones on a Portuguese plan — and a question with buttons, never a guess,
 * when the words could mean two entities. A change that adds an entity adds its feature to the BusinessPlan.
 */
class CrossLanguageRequestsTests {

    /** A live recipe plan with English entities: Recipe (title, servings), Ingredient (name), Tag (name). */
    private static TechnicalPlan recipes() {
        return Chat.planning(PlanningTests.minimalPlan()).sendAll("go",
                "entity Recipe { title: string required, servings: int }",
                "entity Ingredient { name: string required }",
                "entity Tag { name: string required }",
                "relate Recipe one-to-many Ingredient",
                "remove entity Item").technicalPlan();
    }

    /** A Portuguese business plan, its entities Receita (titulo, porcoes) and Ingrediente (nome). */
    private static BusinessPlan receitas() {
        return Chat.discovery().sendAll("Quero um app para guardar as receitas da minha avó com os ingredientes",
                "Receitas da Vó", "sim", "as receitas estão espalhadas em cadernos", "famílias", "pular",
                "receitas perdidas", "receitas com ingredientes, busca por ingrediente", "nenhuma", "grátis",
                "nenhum que eu conheça", "pronto").businessPlan();
    }

    private static TechnicalPlan receitasPlan(BusinessPlan business) {
        return Chat.planning(business).send("vamos").technicalPlan();
    }

    private static List<String> fieldNames(TechnicalPlan plan, String entity) {
        return plan.dataModel().entities().stream().filter(e -> e.name().equals(entity)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + entity)).fields().stream().map(Field::name).toList();
    }

    private static AssistantReply proposed(Chat chat, String request) {
        AssistantReply reply = chat.send(request);
        assertThat(reply.planReady()).as("%s → %s", request, reply.text()).isTrue();
        assertConsistent(reply.technicalPlan());
        return reply;
    }

    @Test
    void portugueseWordsNameEnglishEntitiesAndFieldsAreNamedLikeTheirNeighbours() {
        TechnicalPlan live = recipes();
        assertThat(live.dataModel().entities()).extracting(Entity::name).containsExactlyInAnyOrder("Recipe", "Ingredient", "Tag");
        Chat chat = Chat.iteration(PlanningTests.minimalPlan(), live);

        AssistantReply rated = proposed(chat, "adicione avaliação às receitas");
        assertThat(fieldNames(rated.technicalPlan(), "Recipe")).contains("rating").doesNotContain("avaliacao");
        assertThat(rated.text()).contains("Aplique a mudança na página");

        AssistantReply timed = proposed(chat, "adicione tempo de preparo em minutos às receitas");
        assertThat(fieldNames(timed.technicalPlan(), "Recipe")).contains("rating", "prepMinutes");
        assertThat(timed.technicalPlan().dataModel().entities().stream().filter(e -> e.name().equals("Recipe"))
                .findFirst().orElseThrow().fields()).contains(new Field("prepMinutes", "int", false, null, null, null));

        AssistantReply quantity = proposed(chat, "cada ingrediente tem uma quantidade");
        assertThat(fieldNames(quantity.technicalPlan(), "Ingredient")).contains("quantity");

        AssistantReply colored = proposed(chat, "cada etiqueta tem uma cor");
        assertThat(fieldNames(colored.technicalPlan(), "Tag")).contains("color").doesNotContain("cor");

        AssistantReply renamed = proposed(chat, "renomeie as etiquetas para Label");
        assertThat(renamed.technicalPlan().dataModel().entities()).extracting(Entity::name).contains("Label").doesNotContain("Tag");
        assertThat(renamed.renames().entities()).extracting(r -> r.from() + "→" + r.to()).containsExactly("Tag→Label");
    }

    @Test
    void englishWordsNamePortugueseEntities() {
        BusinessPlan business = receitas();
        TechnicalPlan live = receitasPlan(business);
        assertThat(live.dataModel().entities()).extracting(Entity::name).contains("Receita", "Ingrediente");
        Chat chat = Chat.iteration(business, live);

        AssistantReply rated = proposed(chat, "add a rating to recipes");
        assertThat(fieldNames(rated.technicalPlan(), "Receita")).contains("avaliacao").doesNotContain("rating");
        AssistantReply timed = proposed(chat, "add a prep time in minutes to the recipes");
        assertThat(fieldNames(timed.technicalPlan(), "Receita")).contains("tempoPreparoMinutos");
        assertThat(fieldNames(proposed(chat, "each recipe has a difficulty").technicalPlan(), "Receita")).contains("dificuldade");
    }

    @Test
    void wordsThatCouldMeanTwoEntitiesAreAskedAboutWithButtonsAndChangeNothing() {
        TechnicalPlan live = Chat.planning(PlanningTests.minimalPlan()).sendAll("go",
                "entity Booking { name: string required }", "entity Reservation { name: string required }",
                "remove entity Item").technicalPlan();
        Chat chat = Chat.iteration(PlanningTests.minimalPlan(), live);

        AssistantReply asked = chat.send("adicione um telefone às reservas");

        assertThat(asked.planReady()).isFalse();
        assertThat(asked.technicalPlan()).isEqualTo(live);
        assertThat(asked.text()).contains("*reservas* pode ser Booking, Reservation", "Escolha abaixo");
        List<String> buttons = ReplyChoices.in(asked.text());
        assertThat(buttons).containsExactlyInAnyOrder("adicione um telefone às Reservation", "adicione um telefone às Booking");

        AssistantReply picked = proposed(chat, buttons.stream().filter(b -> b.endsWith("Reservation")).findFirst().orElseThrow());
        assertThat(fieldNames(picked.technicalPlan(), "Reservation")).contains("phone");
        assertThat(fieldNames(picked.technicalPlan(), "Booking")).doesNotContain("phone");
    }

    @Test
    void aShortWordThatOnlyLooksLikeAnEntityIsNeverTakenForIt() {
        // "carta" (a letter) is no Cart: too short for a cognate, not in the bilingual list
        TechnicalPlan live = Chat.planning(PlanningTests.minimalPlan()).sendAll("go",
                "entity Cart { name: string required }", "entity Product { name: string required }",
                "remove entity Item").technicalPlan();
        AssistantReply reply = Chat.iteration(PlanningTests.minimalPlan(), live).send("adicione uma foto às cartas");

        assertThat(reply.planReady()).as(reply.text()).isFalse();
        assertThat(reply.technicalPlan()).isEqualTo(live);
        assertThat(reply.text()).contains("Não consegui entender *adicione uma foto às cartas*");
    }

    @Test
    void aNewEntityAddsItsFeatureToTheBusinessPlanInThePlansLanguage() {
        Chat english = Chat.iteration(PlanningTests.minimalPlan(), recipes());
        AssistantReply tagged = proposed(english, "add a Photo entity, one-to-many with Recipe");
        List<Feature> features = tagged.businessPlan().coreFeatures();
        assertThat(features).extracting(Feature::name).containsExactly("Dark mode", "Photos");
        assertThat(features.getLast()).isEqualTo(new Feature("f2", "Photos", "Keep photos and link them to recipes.",
                Priority.SHOULD_HAVE, BusinessPlan.Complexity.MEDIUM));
        assertThat(tagged.text()).contains("The business plan gets the feature *Photos* (should-have");
        // removed again in the same conversation: neither plan changes
        AssistantReply undone = english.send("remove entity Photo");
        assertThat(undone.businessPlan()).isNull();
        assertThat(undone.planReady()).isFalse();

        BusinessPlan business = receitas();
        Chat portuguese = Chat.iteration(business, receitasPlan(business));
        AssistantReply etiquetas = proposed(portuguese, "add a Etiqueta entity, many-to-many with Receita");
        Feature added = etiquetas.businessPlan().coreFeatures().getLast();
        assertThat(added.name()).isEqualTo("Etiquetas");
        assertThat(added.description()).isEqualTo("Guardar etiquetas no app, com ligação a receitas.");
        assertThat(etiquetas.businessPlan().niceToHaveFeatures()).isEqualTo(business.niceToHaveFeatures());

        // a rename is no new thing: the business plan stays as it is
        assertThat(proposed(Chat.iteration(PlanningTests.minimalPlan(), recipes()), "rename Tag to Label").businessPlan()).isNull();
    }
}
