package dev.truecoding.assistant.guided;

import dev.truecoding.plan.TechnicalPlan.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.truecoding.assistant.guided.PlanConsistency.assertConsistent;
import static org.assertj.core.api.Assertions.assertThat;

/** The entities a first plan gets are the things the features name — never their verbs, places or adjectives. */
class DataModelTests {

    private static List<String> entities(String idea, String features) {
        var plan = Chat.discovery().sendAll(idea, "1", "yes", "it is hard today", "people", "skip", "it is hard", features, "done")
                .businessPlan();
        var technical = Chat.planning(plan).send("go").technicalPlan();
        assertConsistent(technical);
        return technical.dataModel().entities().stream().map(Entity::name).toList();
    }

    @Test
    void verbsPlacesAndAdjectivesAreNoEntities() {
        assertThat(entities("An app to split expenses with friends", "split a bill with friends, see who owes what, settle up"))
                .containsExactly("Bill");
        assertThat(entities("Event tickets", "sell tickets for events, scan tickets at the door, refund a ticket"))
                .containsExactlyInAnyOrder("Ticket", "Event");
        assertThat(entities("Pet adoption", "browse pets, shelters post pets with photos, schedule a visit"))
                .containsExactlyInAnyOrder("Pet", "Shelter", "Visit");
        assertThat(entities("Gym app", "log workouts, track personal records")).doesNotContain("Personal");
    }

    @Test
    void portugueseThingsHeadTheirPhrases() {
        assertThat(entities("Loja online de roupas", "catálogo de produtos com fotos, carrinho de compras, pagamento com pix"))
                .containsExactlyInAnyOrder("Produto", "Carrinho", "Pagamento");
        assertThat(entities("Agenda de consultas", "marcar consultas, prontuário do paciente"))
                .contains("Consulta", "Prontuario");
    }
}
