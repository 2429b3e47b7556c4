package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.Renames;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.Field;
import dev.truecoding.plan.TechnicalPlan.Relationship;
import dev.truecoding.plan.TechnicalPlan.RelationshipType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.truecoding.assistant.guided.PlanConsistency.assertConsistent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iteration chat on a live app: the live plan is the start of every message, every request of the conversation
 * is replayed on it, and the reply says what the proposal changes and carries the renames it made.
 */
class IterationRequestsTests {

    /** A live cookbook club: Recipe (with a difficulty), Member (with a phone), Meeting, Workout (a difficulty too). */
    static TechnicalPlan liveCookbook() {
        return Chat.planning(DiscoveryInterviewTests.fullPlan()).sendAll("go",
                "entity Recipe { title: string required, servings: int, difficulty: enum: easy|hard, notes: text }",
                "entity Member { name: string required, phone: string, email: email }",
                "entity Meeting { title: string required, startsAt: datetime }",
                "entity Workout { name: string required, difficulty: int }",
                "relate Meeting many-to-one Member").technicalPlan();
    }

    /** The same in Portuguese: Receita (with tempo), Aluno (with telefone), Aula. */
    static TechnicalPlan liveEscola() {
        return Chat.planning(DiscoveryInterviewTests.fullPlan()).sendAll("go",
                "entity Receita { titulo: string required, porcoes: int, dificuldade: enum: facil|dificil }",
                "entity Aluno { nome: string required, telefone: string }",
                "entity Aula { data: date required }",
                "remove entity Recipe", "remove entity Photo", "remove entity MealPlan", "remove entity ShoppingList", "remove entity Payment",
                "remove entity ShoppingListItem", "remove entity Item", "show plan").technicalPlan();
    }

    private static Chat english() {
        return Chat.iteration(DiscoveryInterviewTests.fullPlan(), liveCookbook());
    }

    private static Chat portuguese() {
        return Chat.iteration(DiscoveryInterviewTests.fullPlan(), liveEscola());
    }

    private static Optional<Entity> entity(TechnicalPlan plan, String name) {
        return plan.dataModel().entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static Optional<Field> field(TechnicalPlan plan, String entity, String field) {
        return entity(plan, entity).orElseThrow(() -> new AssertionError("no entity " + entity)).fields().stream()
                .filter(f -> f.name().equals(field)).findFirst();
    }

    private static List<String> entityNames(TechnicalPlan plan) {
        return plan.dataModel().entities().stream().map(Entity::name).toList();
    }

    private static AssistantReply asked(Chat chat, String request) {
        AssistantReply reply = chat.send(request);
        assertThat(reply.planReady()).as("%s → %s", request, reply.text()).isTrue();
        assertConsistent(reply.technicalPlan());
        return reply;
    }

    @Test
    void liveCookbookHasWhatTheTestsAssume() {
        TechnicalPlan live = liveCookbook();
        assertThat(entityNames(live)).contains("Recipe", "Member", "Meeting", "Workout");
        assertThat(entityNames(liveEscola())).containsExactlyInAnyOrder("Receita", "Aluno", "Aula");
    }

    @Test
    void aTimeInMinutesIsAWholeNumberField() {
        for (String request : List.of("add a prep time in minutes to recipes", "Please add prep time (minutes) to the recipes.",
                "can you also add a prep time in minutes to each recipe?")) {
            TechnicalPlan plan = asked(english(), request).technicalPlan();
            assertThat(field(plan, "Recipe", "prepMinutes")).as(request).hasValue(new Field("prepMinutes", "int", false, null, null, null));
        }
        for (String request : List.of("adicione o tempo de preparo em minutos às receitas",
                "pode adicionar tempo de preparo em minutos nas receitas, por favor")) {
            TechnicalPlan plan = asked(portuguese(), request).technicalPlan();
            assertThat(field(plan, "Receita", "tempoPreparoMinutos")).as(request).isPresent()
                    .get().extracting(Field::type).isEqualTo("int");
        }
    }

    @Test
    void thingsThatShouldHaveARatingGetOne() {
        for (String request : List.of("recipes should have a rating", "Recipes should also have a rating from 1 to 5.",
                "each recipe should have a rating", "the recipes need to have stars")) {
            assertThat(field(asked(english(), request).technicalPlan(), "Recipe", "rating")).as(request)
                    .hasValue(new Field("rating", "int", false, null, null, null));
        }
        assertThat(field(asked(english(), "recipes should have a rating (decimal)").technicalPlan(), "Recipe", "rating"))
                .get().extracting(Field::type).isEqualTo("decimal");
        for (String request : List.of("as receitas devem ter uma avaliação", "cada receita deve ter uma nota de 1 a 5")) {
            assertThat(field(asked(portuguese(), request).technicalPlan(), "Receita", "avaliacao")).as(request).isPresent();
        }
    }

    @Test
    void aManyToManyEntityIsAddedWithItsRelationship() {
        for (String request : List.of("add a Tag entity, many-to-many with Recipe", "please add a new entity Tag many-to-many with recipes")) {
            TechnicalPlan plan = asked(english(), request).technicalPlan();
            assertThat(entityNames(plan)).as(request).contains("Tag");
            assertThat(plan.dataModel().relationships()).as(request).contains(new Relationship("Tag", "Recipe",
                    RelationshipType.MANY_TO_MANY, PlanEditor.describe("Tag", "Recipe", RelationshipType.MANY_TO_MANY)));
        }
        TechnicalPlan etiquetas = asked(portuguese(), "adicione uma entidade Etiqueta, muitos-para-muitos com Receita").technicalPlan();
        assertThat(etiquetas.dataModel().relationships()).extracting(Relationship::from, Relationship::to, Relationship::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Etiqueta", "Receita", RelationshipType.MANY_TO_MANY));
    }

    @Test
    void manyOfAThingMakesItAnEntityOfItsOwn() {
        TechnicalPlan plan = asked(english(), "each recipe has many ingredients").technicalPlan();
        assertThat(entityNames(plan)).contains("Ingredient");
        assertThat(plan.dataModel().relationships()).extracting(r -> r.from() + " has many " + r.to()).contains("Recipe has many Ingredient");
    }

    @Test
    void anEntityRenamedEverywhereKeepsItsRowsThroughTheRenames() {
        for (String request : List.of("rename Meeting to Gathering everywhere", "Rename the Meeting entity to Gathering, please",
                "rename meetings to Gathering")) {
            AssistantReply reply = asked(english(), request);
            assertThat(entityNames(reply.technicalPlan())).as(request).contains("Gathering").doesNotContain("Meeting");
            assertThat(reply.renames()).as(request).isEqualTo(Renames.NONE.entity("Meeting", "Gathering"));
            assertThat(reply.text()).contains("Renames **Meeting** to **Gathering**; its records are kept.",
                    "Apply the change on the page when it looks right");
        }
        AssistantReply encontro = asked(portuguese(), "renomeie Aula para Encontro em todo o app");
        assertThat(encontro.renames()).isEqualTo(Renames.NONE.entity("Aula", "Encontro"));
        assertThat(encontro.text()).contains("Renomeia **Aula** para **Encontro**; os registros ficam.", "Aplique a mudança na página");
    }

    @Test
    void renamesAreSummedUpOverTheConversationAgainstTheLivePlan() {
        Chat chat = english();
        chat.send("rename Meeting to Gathering");
        chat.send("rename field Gathering.title to topic");
        chat.send("rename Gathering to Assembly");
        chat.send("rename the servings field to portions");
        AssistantReply reply = chat.send("add a Tag entity");

        assertThat(reply.renames().entities()).containsExactly(new Renames.EntityRename("Meeting", "Assembly"));
        assertThat(reply.renames().fields()).containsExactlyInAnyOrder(new Renames.FieldRename("Assembly", "title", "topic"),
                new Renames.FieldRename("Recipe", "servings", "portions"));
        assertThat(entityNames(reply.technicalPlan())).contains("Assembly", "Tag").doesNotContain("Meeting", "Gathering");

        // renamed back, or renamed after being added: no rename of the live app
        AssistantReply back = chat.sendAll("rename Assembly to Meeting", "rename Tag to Label");
        assertThat(back.renames().entities()).isEmpty();
        assertThat(back.renames().fields()).hasSize(2);
        AssistantReply removed = chat.send("remove entity Meeting");
        assertThat(removed.renames().fields()).containsExactly(new Renames.FieldRename("Recipe", "servings", "portions"));
    }

    @Test
    void theLivePlanIsTheStartOfEveryMessage() {
        TechnicalPlan live = liveCookbook();
        Chat chat = Chat.iteration(DiscoveryInterviewTests.fullPlan(), live);
        AssistantReply hello = chat.send("hi");
        assertThat(hello.text()).contains("as it is live", "*each recipe also has a photo*", "`add field Recipe.rating: int`",
                "`remove field Recipe.title`");
        assertThat(hello.planReady()).isFalse();
        assertThat(hello.technicalPlan()).isEqualTo(live);

        chat.send("recipes should have a rating");
        AssistantReply both = chat.send("drop the phone number from members");
        assertThat(field(both.technicalPlan(), "Recipe", "rating")).isPresent();
        assertThat(field(both.technicalPlan(), "Member", "phone")).isEmpty();
        assertThat(both.text()).contains("- Adds `rating: int` to **Recipe**.", "- Removes `phone` from **Member**, with its values.");

        AssistantReply undone = chat.sendAll("remove the rating field", "each member has a phone");
        assertThat(undone.planReady()).isFalse();
        assertThat(undone.technicalPlan()).isEqualTo(live);
        assertThat(undone.text()).contains("The proposal does not change the live app yet.");
    }

    @Test
    void severalRequestsInOneSentenceAreEachRead() {
        AssistantReply reply = asked(english(), "add a prep time in minutes to recipes, and drop the phone number from members");
        assertThat(field(reply.technicalPlan(), "Recipe", "prepMinutes")).isPresent();
        assertThat(field(reply.technicalPlan(), "Member", "phone")).isEmpty();

        AssistantReply pt = asked(portuguese(), "cada aluno tem uma foto e remova o campo dificuldade");
        assertThat(field(pt.technicalPlan(), "Aluno", "foto")).isPresent();
        assertThat(field(pt.technicalPlan(), "Receita", "dificuldade")).isEmpty();

        AssistantReply half = english().send("rename Meeting to Gathering; make everything sparkle");
        assertThat(entityNames(half.technicalPlan())).contains("Gathering");
        assertThat(half.text()).contains("I couldn't read *make everything sparkle*");
    }

    @Test
    void aFieldOnlyOneEntityHasIsFoundWithoutNamingIt() {
        TechnicalPlan plan = asked(english(), "remove the servings field").technicalPlan();
        assertThat(field(plan, "Recipe", "servings")).isEmpty();
        TechnicalPlan pt = asked(portuguese(), "remova o campo telefone").technicalPlan();
        assertThat(field(pt, "Aluno", "telefone")).isEmpty();
    }

    @Test
    void aFieldSeveralEntitiesHaveIsAskedAbout() {
        Chat chat = english();
        AssistantReply reply = chat.send("remove the difficulty field");
        assertThat(reply.planReady()).isFalse();
        assertThat(reply.text()).contains("several entities have a field like *difficulty* (Recipe.difficulty, Workout.difficulty)",
                "`add field Recipe.rating: int`");
        assertThat(field(reply.technicalPlan(), "Recipe", "difficulty")).isPresent();
        assertThat(field(asked(chat, "remove the difficulty from recipes").technicalPlan(), "Workout", "difficulty")).isPresent();
    }

    @Test
    void aPageOfThingsAddsThemAndTheBusinessPlanIsLeftAlone() {
        AssistantReply reply = asked(english(), "add a page that lists ingredients");
        assertThat(entityNames(reply.technicalPlan())).contains("Ingredient");
        assertThat(reply.technicalPlan().pages()).extracting(p -> p.path()).contains("/ingredients");
        assertThat(reply.text()).contains("- Adds **Ingredient** (name: string required).");
        assertThat(entityNames(asked(portuguese(), "adicione uma página que lista ingredientes").technicalPlan())).contains("Ingrediente");
    }

    @Test
    void whatCannotBeReadChangesNothingAndShowsTheNotationWithThePersonsOwnPlan() {
        TechnicalPlan live = liveCookbook();
        for (String request : List.of("make it pop", "drop the fax number from recipes", "each spaceship has a photo",
                "rename Ghost to Phantom", "add sparkles")) {
            Chat chat = Chat.iteration(DiscoveryInterviewTests.fullPlan(), live);
            chat.send("hi");
            AssistantReply reply = chat.send(request);
            assertThat(reply.text()).as(request).contains("I couldn't read", "`add field Recipe.rating: int`",
                    "*each recipe also has a photo*", "The proposal does not change the live app yet.");
            assertThat(reply.planReady()).as(request).isFalse();
            assertThat(reply.technicalPlan()).as(request).isEqualTo(live);
            assertThat(reply.renames()).isEqualTo(Renames.NONE);
        }
        Chat pt = portuguese();
        pt.send("oi");
        AssistantReply reply = pt.send("deixa tudo mais bonito");
        assertThat(reply.text()).contains("Não consegui entender", "*cada receita também tem uma foto*",
                "`add field Receita.avaliacao: int`", "A proposta ainda não muda nada no app no ar.");
    }

    @Test
    void portugueseRepliesSayWhatTheProposalChanges() {
        Chat chat = portuguese();
        chat.send("oi");
        AssistantReply reply = chat.sendAll("cada aluno também tem uma foto", "tire o telefone dos alunos");
        assertThat(reply.text()).contains("A proposta, comparada com o app no ar:", "- Adiciona `foto: url` a **Aluno**.",
                "- Remove `telefone` de **Aluno**, com os seus valores.", "Aplique a mudança na página quando estiver certa");
    }

    @Test
    void hostileInputNeverThrowsAndNeverChangesThePlan() {
        TechnicalPlan live = liveCookbook();
        BusinessPlan business = DiscoveryInterviewTests.fullPlan();
        List<String> hostile = List.of("x".repeat(20_000), "rename " + "a ".repeat(5_000) + "to b",
                "add " + "to recipes ".repeat(2_000), "🍕🍕🍕 add 🍕 to 🍕", "remove the 🙂 field", "each 🐶 has a 🦴",
                "rename Recipe to", "rename to Dish", "remove",
                "add", "add field", "entity { }", "\u202Eadd field Recipe.x: int", "add a page that lists", "؟؟؟ ממש", "テスト を 追加",
                "remove the field field", "drop entity entity", "add a ((( to recipes", "recipes should have", ")))(((");
        for (String message : hostile) {
            Chat chat = Chat.iteration(business, live);
            chat.send("hi");
            AssistantReply reply = chat.send(message);
            assertThat(reply.text()).as(FreeText.cap(message, 40)).isNotBlank();
            assertThat(reply.planReady()).as(FreeText.cap(message, 40) + " → " + FreeText.cap(reply.text(), 300)).isFalse();
            assertThat(reply.technicalPlan()).isEqualTo(live);
        }
    }

    @Test
    void aHandWrittenLivePlanKeepsItsOwnPagesEndpointsAndComponentsWhenOneFieldIsAdded() throws Exception {
        TechnicalPlan handWritten;
        try (var in = IterationRequestsTests.class.getResourceAsStream("/plans/full-technical-plan.json")) {
            handWritten = tools.jackson.databind.json.JsonMapper.builder().build().readValue(in, TechnicalPlan.class);
        }
        AssistantReply reply = Chat.iteration(DiscoveryInterviewTests.fullPlan(), handWritten)
                .send("add field Recipe.rating: int default 0");

        TechnicalPlan proposal = reply.technicalPlan();
        assertThat(field(proposal, "Recipe", "rating")).isPresent();
        assertThat(proposal.pages()).isEqualTo(handWritten.pages());
        assertThat(proposal.apiEndpoints()).isEqualTo(handWritten.apiEndpoints());
        assertThat(proposal.components()).isEqualTo(handWritten.components());

        TechnicalPlan withTag = Chat.iteration(DiscoveryInterviewTests.fullPlan(), handWritten)
                .send("entity Tag { label: string required }").technicalPlan();
        assertThat(withTag.pages()).containsAll(handWritten.pages());
        assertThat(withTag.pages()).anyMatch(page -> page.path().equals("/tags"));
        assertThat(withTag.apiEndpoints()).anyMatch(endpoint -> endpoint.path().equals("/api/tags"));
    }

    @Test
    void aLivePlanWithoutDatabaseUrlGetsAProposalOfOnlyWhatWasAsked() throws Exception {
        TechnicalPlan handWritten;
        try (var in = IterationRequestsTests.class.getResourceAsStream("/plans/full-technical-plan.json")) {
            handWritten = tools.jackson.databind.json.JsonMapper.builder().build().readValue(in, TechnicalPlan.class);
        }
        TechnicalPlan live = new TechnicalPlan(handWritten.architecture(), handWritten.stack(), handWritten.dataModel(),
                handWritten.apiEndpoints(), handWritten.pages(), handWritten.components(), handWritten.fileStructure(),
                handWritten.cicd(), new TechnicalPlan.EnvironmentConfig(handWritten.environment().variables().stream()
                .filter(variable -> !variable.name().equals("DATABASE_URL")).toList()));

        AssistantReply reply = Chat.iteration(DiscoveryInterviewTests.fullPlan(), live).send("add field Recipe.rating: int");

        assertThat(reply.technicalPlan().environment()).as("the variables stay as the live plan lists them")
                .isEqualTo(live.environment());
        assertThat(reply.text()).contains("rating: int").doesNotContain("DATABASE_URL");

        AssistantReply nothing = Chat.iteration(DiscoveryInterviewTests.fullPlan(), live).send("show plan");
        assertThat(nothing.planReady()).as("a message that asks for nothing proposes nothing").isFalse();
    }
}
