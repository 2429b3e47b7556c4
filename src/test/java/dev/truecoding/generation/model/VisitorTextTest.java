package dev.truecoding.generation.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the landing page may show visitors of the plan's own text. */
class VisitorTextTest {

    @Test
    void thePersonsOwnWordsAboutThemselvesStayOffThePageInEitherLanguage() {
        assertThat(ModelBuilder.forVisitors("I keep my recipes on paper")).isEmpty();
        assertThat(ModelBuilder.forVisitors("Quero um app para minha cafeteria: os clientes fazem pedidos")).isEmpty();
        assertThat(ModelBuilder.forVisitors("Preciso de um jeito de anotar pedidos")).isEmpty();
    }

    @Test
    void textWrittenForVisitorsStays() {
        assertThat(ModelBuilder.forVisitors("Order at the counter without the queue.")).isEqualTo("Order at the counter without the queue.");
        assertThat(ModelBuilder.forVisitors("Peça pelo celular e retire no balcão.")).isEqualTo("Peça pelo celular e retire no balcão.");
        assertThat(ModelBuilder.forVisitors("Meetings for every member")).isEqualTo("Meetings for every member");
    }
}
