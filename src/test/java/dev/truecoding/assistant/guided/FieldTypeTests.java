package dev.truecoding.assistant.guided;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The notation writes a type in the words the generator reads, so it builds what the person asked for. */
class FieldTypeTests {

    @Test
    void longStaysA64BitIntegerAndTimeATimeOfDay() {
        assertThat(FieldType.parse("long").orElseThrow().type()).isEqualTo("bigint");
        assertThat(FieldType.parse("bigint").orElseThrow().type()).isEqualTo("bigint");
        assertThat(FieldType.parse("time").orElseThrow().type()).isEqualTo("time");
        assertThat(FieldType.parse("numeric").orElseThrow().type()).isEqualTo("decimal");
        assertThat(FieldType.parse("timestamp").orElseThrow().type()).isEqualTo("datetime");
        assertThat(FieldType.parse("Integer required").orElseThrow()).isEqualTo(new FieldType.Parsed("int", " required"));
    }

    @Test
    void apiBodiesTypeThemAsTheGeneratedAppDoes() {
        assertThat(FieldType.jsonType("bigint")).isEqualTo("integer");
        assertThat(FieldType.jsonType("decimal")).isEqualTo("number");
        assertThat(FieldType.jsonType("time")).isEqualTo("string");
    }

    @Test
    void defaultsAreCheckedAgainstTheType() {
        assertThat(FieldType.defaultProblem("bigint", "12")).isNull();
        assertThat(FieldType.defaultProblem("time", "7 o'clock")).isNotNull();
        assertThat(FieldType.defaultProblem("time", "07:30")).isNull();
    }
}
