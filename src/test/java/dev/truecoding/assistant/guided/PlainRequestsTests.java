package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.Field;
import dev.truecoding.plan.TechnicalPlan.Relationship;
import dev.truecoding.plan.TechnicalPlan.RelationshipType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.truecoding.assistant.guided.PlanConsistency.assertConsistent;
import static org.assertj.core.api.Assertions.assertThat;

/** Plan changes asked for in plain words, in planning (and so in the iteration chat, which reads them the same way). */
class PlainRequestsTests {

    private static BusinessPlan bookClub() {
        return Chat.discovery().sendAll("An app for book clubs", "Shelfmates", "ok", "clubs lose track of what they read",
                "book club organisers", "club members", "scheduling is painful",
                "- clubs with members - each member has a shelf - schedule a meeting around a book - rate and review books",
                "done").businessPlan();
    }

    private static BusinessPlan teacher() {
        return Chat.discovery().sendAll("Sou professora particular e quero organizar minhas aulas e meus alunos",
                "Aula Certa", "sim", "esqueço quem já pagou", "professores particulares", "pular", "esquecer pagamentos",
                "agendar aulas, cadastro de alunos e controle de pagamentos", "pronto").businessPlan();
    }

    private static Entity entity(TechnicalPlan plan, String name) {
        return plan.dataModel().entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> fieldNames(TechnicalPlan plan, String entity) {
        return entity(plan, entity).fields().stream().map(Field::name).toList();
    }

    private static List<String> entityNames(TechnicalPlan plan) {
        return plan.dataModel().entities().stream().map(Entity::name).toList();
    }

    @Test
    void eachThingCanGetFieldsDescribedInWords() {
        Chat chat = Chat.planning(bookClub());
        chat.send("go");

        AssistantReply reply = chat.send("Can each book also have a photo and who added it?");

        assertThat(reply.text()).contains("✓");
        assertThat(entity(reply.technicalPlan(), "Book").fields()).contains(
                new Field("imageUrl", "url", false, null, null, null), new Field("addedBy", "string", false, null, null, null));
        assertConsistent(reply.technicalPlan());

        TechnicalPlan rated = chat.send("add a rating to books").technicalPlan();
        assertThat(entity(rated, "Book").fields()).contains(new Field("rating", "int", false, null, null, null));

        TechnicalPlan owned = chat.send("each club has a book").technicalPlan();
        assertThat(owned.dataModel().relationships()).contains(new Relationship("Club", "Book", RelationshipType.ONE_TO_MANY,
                PlanEditor.describe("Club", "Book", RelationshipType.ONE_TO_MANY)));
    }

    @Test
    void entitiesAndFieldsCanBeRenamedRemovedAndAdded() {
        Chat chat = Chat.planning(bookClub());
        TechnicalPlan first = chat.send("go").technicalPlan();
        assertThat(entityNames(first)).contains("Club", "Member", "Shelf", "Meeting", "Book", "Review");

        TechnicalPlan renamed = chat.send("rename Meeting to Gathering").technicalPlan();
        assertThat(entityNames(renamed)).contains("Gathering").doesNotContain("Meeting");

        assertThat(fieldNames(chat.send("each member has a phone number").technicalPlan(), "Member")).contains("phone");
        TechnicalPlan dropped = chat.send("drop the phone number from members").technicalPlan();
        assertThat(fieldNames(dropped, "Member")).doesNotContain("phone").contains("name", "email");

        TechnicalPlan tagged = chat.send("add a Tag entity, many-to-many with Book").technicalPlan();
        assertThat(entityNames(tagged)).contains("Tag");
        assertThat(tagged.dataModel().relationships()).contains(
                new Relationship("Tag", "Book", RelationshipType.MANY_TO_MANY, PlanEditor.describe("Tag", "Book", RelationshipType.MANY_TO_MANY)));
        assertConsistent(tagged);
    }

    @Test
    void aPageOfThingsAddsTheThingWhosePagesListThem() {
        Chat chat = Chat.planning(DiscoveryInterviewTests.fullPlan());
        chat.send("go");

        TechnicalPlan plan = chat.send("add a page that lists ingredients").technicalPlan();

        assertThat(entityNames(plan)).contains("Ingredient");
        assertThat(plan.pages()).extracting(p -> p.path()).contains("/ingredients");
        AssistantReply again = chat.send("add a page that lists ingredients");
        assertThat(again.text()).contains("already has its list page, /ingredients", "`rename entity Recipe to NewName`");
        assertThat(again.technicalPlan()).isNull();
    }

    @Test
    void whatCannotBeReadChangesNothingAndGetsTheNotation() {
        Chat chat = Chat.planning(DiscoveryInterviewTests.fullPlan());
        TechnicalPlan before = chat.send("go").technicalPlan();

        for (String request : List.of("make it pop", "drop the fax number from recipes", "each spaceship has a photo",
                "rename Ghost to Phantom", "add a page that lists everything the users might ever want")) {
            AssistantReply reply = chat.send(request);
            assertThat(reply.text()).as(request).contains("I couldn't read", "`rename entity Recipe to NewName`");
            assertThat(reply.technicalPlan()).as(request).isNull();
        }
        AssistantReply shown = chat.send("show plan");
        assertThat(shown.technicalPlan().dataModel()).isEqualTo(before.dataModel());
        assertThat(chat.send("drop the fax number from recipes").text()).contains("**Recipe** has no field like *fax number*");
    }

    @Test
    void portugueseRequestsAreReadToo() {
        Chat chat = Chat.planning(teacher());
        AssistantReply proposal = chat.send("vamos");
        assertThat(proposal.text()).contains("Este é um plano técnico para **Aula Certa**", "Quando estiver certo, aprove.");
        TechnicalPlan first = proposal.technicalPlan();
        assertThat(entityNames(first)).containsExactly("Aula", "Aluno", "Pagamento");
        // the examples speak of the person's own plan: their Aula, not a recipe app
        assertThat(chat.send("deixa mais bonito").text()).contains("Não consegui entender *deixa mais bonito*",
                "cada aula também tem uma foto", "`rename entity Aula to NewName`").doesNotContain("entity Recipe {");

        assertThat(fieldNames(chat.send("cada aluno também tem um telefone e uma foto").technicalPlan(), "Aluno"))
                .contains("telefone", "foto");
        assertThat(fieldNames(chat.send("remova o telefone dos alunos").technicalPlan(), "Aluno")).doesNotContain("telefone");
        assertThat(entityNames(chat.send("renomeie Aula para Encontro").technicalPlan())).contains("Encontro").doesNotContain("Aula");
        assertThat(fieldNames(chat.send("adicione avaliação aos pagamentos").technicalPlan(), "Pagamento")).contains("avaliacao");
    }

    @Test
    void portugueseReportsAndNotationErrorsAreInPortuguese() {
        Chat chat = Chat.planning(teacher());
        chat.send("vamos");

        assertThat(chat.send("cada aluno tem um telefone").text()).contains("✓ Campo `telefone: string` adicionado a **Aluno**.");
        assertThat(chat.send("add field Aluno.idade: numero").text())
                .contains("✗ `add field Aluno.idade: numero` — `numero` não é um tipo de campo.", "Sintaxe: `add field");
        assertThat(chat.send("remove field Aluno.apelido").text())
                .contains("**Aluno** não tem campo `apelido` (campos:", "Sintaxe:");
        assertThat(chat.send("remova o apelido dos alunos").text()).contains("(**Aluno** não tem campo como *apelido*)");
        assertThat(chat.send("rename entity Aula to Encontro").text())
                .contains("✓ Entidade **Aula** renomeada para **Encontro**; os relacionamentos acompanham.");
    }
}
