package dev.truecoding.assistant.guided;

import dev.truecoding.plan.BusinessPlan.Priority;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The words people write: which language, which thing, which name, which header — read the same every time. */
class LanguageTests {

    @Test
    void theLanguageIsThatOfEverythingThePersonWrote() {
        assertThat(Language.of(List.of("Quero um app para o meu café"))).isEqualTo(Language.PORTUGUESE);
        assertThat(Language.of(List.of("An app for book clubs"))).isEqualTo(Language.ENGLISH);
        assertThat(Language.of(List.of("sim"))).isEqualTo(Language.PORTUGUESE);
        assertThat(Language.of(List.of("features: agendar aulas, controle de pagamentos"))).isEqualTo(Language.PORTUGUESE);
        assertThat(Language.of(List.of("Comanda Fácil", "ok"))).as("nothing tells: English").isEqualTo(Language.ENGLISH);
        assertThat(Language.of(List.of())).isEqualTo(Language.ENGLISH);
    }

    @Test
    void portugueseNounsGetTheirSingular() {
        assertThat(List.of("mesas", "pedidos", "itens", "professores", "serviços", "lugares").stream()
                .map(Language::portugueseSingular))
                .containsExactly("mesa", "pedido", "item", "professor", "serviço", "lugar");
    }

    @Test
    void featuresAreNamedByANounPhraseOfTheirText() {
        assertThat(List.of("each member has a shelf", "schedule a meeting around a book", "see the open shifts",
                "rate and review books", "volunteers sign up with name + phone", "cancel", "a reminder text",
                "join the waitlist", "search by ingredient", "clubs with members", "borrow requests", "pay online",
                "anotar pedidos por mesa", "fechar a conta da mesa", "itens do cardápio com preços", "reservar um lugar")
                .stream().map(FeatureNamer::name))
                .containsExactly("Shelf", "Meeting scheduling", "Open shifts", "Book ratings and reviews",
                        "Volunteer sign-up", "Cancellation", "Reminder text", "Waitlist", "Ingredient search", "Clubs",
                        "Borrow requests", "Online payment", "Anotação de pedidos", "Fechamento da conta",
                        "Itens do cardápio", "Reserva de lugar");
    }

    @Test
    void anIdeasFeatureIsWhatTheAppDoesNotTheAppItself() {
        assertThat(List.of("Um app para minha padaria anotar encomendas de bolos com data de entrega e sinal pago",
                        "An app for my bakery to manage cake orders", "app para reservar quadras de tênis",
                        "Quero um app para a escola de música agendar aulas, com alunos, professores e instrumentos",
                        "I want an app for my club to schedule matches",
                        "A tool for dog walkers", "Recipe sharing for families")
                .stream().map(FeatureNamer::nameOfIdea))
                .containsExactly("Anotação de encomendas", "Cake order management", "Reserva de quadras",
                        "Agendamento de aulas", "Schedule matches", "Dog walkers",
                        "Recipe sharing");
    }

    @Test
    void headersSayWhereItemsGoAndAreNeverItems() {
        List<FeatureDraft> features = FeatureParser.parse("""
                must have: see the open shifts, cancel
                nice to have: a leaderboard""", Priority.MUST_HAVE);

        assertThat(features).extracting(FeatureDraft::name).containsExactly("Open shifts", "Cancellation", "Leaderboard");
        assertThat(features).extracting(FeatureDraft::priority)
                .containsExactly(Priority.MUST_HAVE, Priority.MUST_HAVE, Priority.NICE_TO_HAVE);
        assertThat(FeatureParser.parse("funcionalidades:\n- agendar aulas\nmais pra frente: lembretes", Priority.MUST_HAVE))
                .extracting(FeatureDraft::name).containsExactly("Agendamento de aulas", "Lembretes");
    }

    @Test
    void negativeAnswersListNothingAndDoneWordsFinish() {
        for (String none : List.of("none", "no competitors I know of", "nenhum que eu conheça", "nenhum", "não", "pular")) {
            assertThat(FreeText.isNone(none)).as(none).isTrue();
        }
        assertThat(FreeText.isNone("no single place for recipes")).isFalse();
        assertThat(FreeText.isNone("Nobody")).isTrue();
        for (String done : List.of("done", "that's all", "pronto", "pode seguir", "perfeito, pode seguir", "é isso")) {
            assertThat(FreeText.isDone(done)).as(done).isTrue();
        }
        assertThat(FreeText.isDone("done deals")).isFalse();
    }

    @Test
    void namesComeFromTheIdeasNounsNeverFromFillerWords() {
        List<String> names = NameSuggester.names("Quero um app para o meu café: os garçons anotam os pedidos das mesas");
        assertThat(names).allSatisfy(name -> assertThat(name).doesNotStartWith("Quero").doesNotStartWith("App"));
        assertThat(names.getFirst()).startsWith("Pedido");
        assertThat(NameSuggester.tagline("A chore chart for flatmates", Language.ENGLISH)).isEqualTo("Chores, made simple for flatmates.");
        assertThat(NameSuggester.tagline("Um app de carona para estudantes", Language.PORTUGUESE))
                .isEqualTo("Caronas sem complicação para estudantes.");
    }
}
