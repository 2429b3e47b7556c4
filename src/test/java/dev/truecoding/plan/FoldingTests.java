package dev.truecoding.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldingTests {

    @Test
    void wordsTypedWithoutAccentsAreTheSameWords() {
        assertThat(Folding.same("funcionario", "funcionário")).isTrue();
        assertThat(Folding.same("reuniao", "Reunião")).isTrue();
        assertThat(Folding.same("VOTAÇÃO", "votacao")).isTrue();
        assertThat(Folding.same("pão", "pao de queijo")).isFalse();
        assertThat(Folding.key("Ação É Já")).isEqualTo("acao e ja");
    }

    @Test
    void theFoldKeepsOneCharacterForOneSoMatchesPointAtThePersonsOwnWords() {
        String text = "Cadastro de funcionários — e ações, 10% ñ 🙂 ß";
        String folded = Folding.fold(text);

        assertThat(folded).hasSameSizeAs(text).isEqualTo("Cadastro de funcionarios — e acoes, 10% n 🙂 ß");
        int start = folded.indexOf("acoes");
        assertThat(text.substring(start, start + 5)).isEqualTo("ações");
        assertThat(Folding.fold("plain ascii")).isEqualTo("plain ascii");
        assertThat(Folding.fold(null)).isNull();
    }

    @Test
    void portugueseWrittenWithoutAccentsStillReadsAsPortuguese() {
        assertThat(TextLanguage.portugueseScore("nao sei, voce tambem nao")).isPositive();
        assertThat(TextLanguage.isPortugueseStopWord("nao")).isTrue();
        // folding must not make English stop words count as Portuguese ones
        assertThat(TextLanguage.portugueseScore("the list of things as they are")).isNegative();
    }
}
