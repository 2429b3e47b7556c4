package dev.truecoding.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HandlesTests {

    @Test
    void aHandleIsTheNameInSafeCharacters() {
        assertThat(Handles.derive("Ana Souza", "ana@example.com")).isEqualTo("ana-souza");
        assertThat(Handles.derive("  João Conceição!! ", "j@example.com")).isEqualTo("joao-conceicao");
        assertThat(Handles.derive("O'Brien_Ltd.", "x@example.com")).isEqualTo("o-brien-ltd");
    }

    @Test
    void withoutAUsableNameTheEmailSaysIt() {
        assertThat(Handles.derive(null, "ana.souza+tc@example.com")).isEqualTo("ana-souza-tc");
        assertThat(Handles.derive("李", "grace@example.com")).isEqualTo("grace");
        assertThat(Handles.derive("Admin", "grace.h@example.com")).isEqualTo("grace-h");
        assertThat(Handles.derive("", "@example.com")).isEqualTo("user");
        assertThat(Handles.derive("x", "y@example.com")).isEqualTo("user");
    }

    @Test
    void reservedWordsAndMalformedHandlesAreRefused() {
        assertThat(Handles.isValid("ana-souza")).isTrue();
        assertThat(Handles.isValid("a2")).isTrue();
        for (String refused : new String[]{"git", "repositories", "api", "settings", "-ana", "ana-", "an--a", "Ana",
                "a", "ana_souza", "a".repeat(40), "ana/souza", "", null}) {
            assertThat(Handles.isValid(refused)).as(refused).isFalse();
        }
    }

    @Test
    void everyDerivedHandleAndItsCandidatesAreValid() {
        String longName = "Maria ".repeat(20);
        String base = Handles.derive(longName, "m@example.com");
        assertThat(base.length()).isLessThanOrEqualTo(Handles.MAX_LENGTH - 4);
        for (int attempt : new int[]{1, 2, 10, 999}) {
            assertThat(Handles.isValid(Handles.candidate(base, attempt))).as(Handles.candidate(base, attempt)).isTrue();
        }
        assertThat(Handles.candidate("ana", 1)).isEqualTo("ana");
        assertThat(Handles.candidate("ana", 3)).isEqualTo("ana-3");
    }
}
