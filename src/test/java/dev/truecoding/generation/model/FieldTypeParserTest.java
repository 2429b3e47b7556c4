package dev.truecoding.generation.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldTypeParserTest {

    @Test
    void readsTheTypesPlansWrite() {
        assertThat(FieldTypeParser.parse("string").type()).isEqualTo(FieldType.STRING);
        assertThat(FieldTypeParser.parse("Int").type()).isEqualTo(FieldType.INTEGER);
        assertThat(FieldTypeParser.parse("integer").type()).isEqualTo(FieldType.INTEGER);
        assertThat(FieldTypeParser.parse("number").type()).isEqualTo(FieldType.FLOAT);
        assertThat(FieldTypeParser.parse("decimal(10,2)").type()).isEqualTo(FieldType.DECIMAL);
        assertThat(FieldTypeParser.parse("money").type()).isEqualTo(FieldType.MONEY);
        assertThat(FieldTypeParser.parse("DateTime").type()).isEqualTo(FieldType.DATETIME);
        assertThat(FieldTypeParser.parse("timestamp").type()).isEqualTo(FieldType.DATETIME);
        assertThat(FieldTypeParser.parse("varchar(80)").type()).isEqualTo(FieldType.STRING);
        assertThat(FieldTypeParser.parse("jsonb").type()).isEqualTo(FieldType.JSON);
    }

    @Test
    void everyTypeOfThePlansVocabularyIsOneTheGeneratorBuilds() {
        // The notation writes these names; none may fall back to text or mean something else here.
        for (String name : dev.truecoding.plan.FieldTypes.NAMES) {
            assertThat(FieldTypeParser.parse(name).note()).as(name).isNull();
        }
        assertThat(FieldTypeParser.parse("long").type()).isEqualTo(FieldType.BIGINT);
        assertThat(FieldTypeParser.parse("bigint").type()).isEqualTo(FieldType.BIGINT);
        assertThat(FieldTypeParser.parse("time").type()).isEqualTo(FieldType.TIME);
        assertThat(FieldType.TIME.sqlType()).isEqualTo("time");
    }

    @Test
    void readsEnumListsInTheirUsualSpellings() {
        assertThat(FieldTypeParser.parse("enum: draft|published").enumValues()).containsExactly("draft", "published");
        assertThat(FieldTypeParser.parse("enum(low, medium, high)").enumValues()).containsExactly("low", "medium", "high");
        assertThat(FieldTypeParser.parse("'red' | 'green'").enumValues()).containsExactly("red", "green");
    }

    @Test
    void anUnknownTypeBecomesTextAndSaysSo() {
        FieldTypeParser.ParsedType parsed = FieldTypeParser.parse("geography");

        assertThat(parsed.type()).isEqualTo(FieldType.TEXT);
        assertThat(parsed.note()).contains("geography");
    }

    @Test
    void defaultsMustFitTheirType() {
        assertThat(DefaultValue.parse(FieldType.INTEGER, java.util.List.of(), "7")).contains(new DefaultValue("7", "7"));
        assertThat(DefaultValue.parse(FieldType.INTEGER, java.util.List.of(), "lots")).isEmpty();
        assertThat(DefaultValue.parse(FieldType.DATETIME, java.util.List.of(), "now()").orElseThrow().sql()).isEqualTo("now()");
        assertThat(DefaultValue.parse(FieldType.STRING, java.util.List.of(), "it's").orElseThrow().sql()).isEqualTo("'it''s'");
        assertThat(DefaultValue.parse(FieldType.ENUM, java.util.List.of("a", "b"), "c")).isEmpty();
    }
}
