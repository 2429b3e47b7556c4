package dev.truecoding.assistant.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTextTests {

    @Test
    void takesTheFencedBlock() {
        assertThat(JsonText.extract("Here you go:\n```json\n{\"a\": 1}\n```\nEnjoy")).isEqualTo("{\"a\": 1}");
    }

    @Test
    void takesTheObjectAfterProseAndBeforeARemark() {
        assertThat(JsonText.extract("The plan: {\"a\": \"}{\", \"b\": {\"c\": 2}} hope it helps {x}"))
                .isEqualTo("{\"a\": \"}{\", \"b\": {\"c\": 2}}");
    }

    @Test
    void leavesAnUnfinishedObjectForTheValidatorToReport() {
        assertThat(JsonText.extract("{\"a\": [1, 2")).isEqualTo("{\"a\": [1, 2");
        assertThat(JsonText.extract("no json here")).isEqualTo("no json here");
    }
}
