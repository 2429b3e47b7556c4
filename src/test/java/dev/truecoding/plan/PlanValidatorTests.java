package dev.truecoding.plan;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanValidatorTests {

    private final PlanValidator validator = new PlanValidator();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void acceptsTheFullSamplePlans() throws IOException {
        assertThat(validator.parse(BusinessPlan.class, read("/plans/full-business-plan.json")).name()).isEqualTo("Recipe Box");
        assertThat(validator.parse(TechnicalPlan.class, read("/plans/full-technical-plan.json")).dataModel().entities()).hasSize(2);
    }

    @Test
    void listsEverySchemaViolationWithItsPath() throws IOException {
        ObjectNode plan = (ObjectNode) json.readTree(read("/plans/full-business-plan.json"));
        plan.put("name", "");
        plan.remove("successMetrics");
        ((ObjectNode) plan.get("coreFeatures").get(0)).put("priority", "urgent");
        plan.put("mood", "happy");

        assertThatThrownBy(() -> validator.parse(BusinessPlan.class, plan.toString()))
                .isInstanceOfSatisfying(InvalidPlanException.class, invalid -> assertThat(invalid.violations())
                        .extracting(PlanViolation::path)
                        .contains("$.name", "$", "$.coreFeatures[0].priority"))
                .hasMessageContaining("problems");
    }

    @Test
    void optionalFieldsMayBeLeftOut() throws IOException {
        ObjectNode plan = (ObjectNode) json.readTree(read("/plans/full-business-plan.json"));
        plan.remove("monetization");
        plan.remove("competitors");
        ((ObjectNode) plan.get("targetAudience")).remove("secondary");

        assertThat(validator.parse(BusinessPlan.class, plan.toString()).monetization()).isNull();
    }

    @Test
    void relationshipsMustNameEntitiesOfTheModel() throws IOException {
        ObjectNode plan = (ObjectNode) json.readTree(read("/plans/full-technical-plan.json"));
        ArrayNode relationships = (ArrayNode) plan.get("dataModel").get("relationships");
        ((ObjectNode) relationships.get(0)).put("to", "Ghost");
        ((ObjectNode) plan.get("environment").get("variables").get(1)).put("name", "NOT A NAME");

        assertThatThrownBy(() -> validator.parse(TechnicalPlan.class, plan.toString()))
                .isInstanceOfSatisfying(InvalidPlanException.class, invalid -> assertThat(invalid.violations()).containsExactlyInAnyOrder(
                        new PlanViolation("$.dataModel.relationships[0].to", "no entity named 'Ghost'"),
                        new PlanViolation("$.environment.variables[1].name", "'NOT A NAME' is not a valid environment variable name (letters, digits, _)")));
    }

    @Test
    void entitiesAndFieldsNeedRealNames() throws IOException {
        ObjectNode plan = (ObjectNode) json.readTree(read("/plans/full-technical-plan.json"));
        ArrayNode entities = (ArrayNode) plan.get("dataModel").get("entities");
        ((ObjectNode) entities.get(1)).put("name", "   ");
        ((ObjectNode) entities.get(0).get("fields").get(0)).put("name", " \t");
        ((ObjectNode) entities.get(0).get("fields").get(1)).put("name", "?!");

        assertThatThrownBy(() -> validator.parse(TechnicalPlan.class, plan.toString()))
                .isInstanceOfSatisfying(InvalidPlanException.class, invalid -> assertThat(invalid.violations())
                        .contains(
                                new PlanViolation("$.dataModel.entities[1].name", "an entity needs a name"),
                                new PlanViolation("$.dataModel.entities[0].fields[0].name", "a field needs a name"),
                                new PlanViolation("$.dataModel.entities[0].fields[1].name", "'?!' is not a name: use at least one letter or digit")));
    }

    @Test
    void aRelationshipToABlankNameNamesNoEntity() throws IOException {
        ObjectNode plan = (ObjectNode) json.readTree(read("/plans/full-technical-plan.json"));
        ((ObjectNode) plan.get("dataModel").get("entities").get(1)).put("name", " ");
        ArrayNode relationships = (ArrayNode) plan.get("dataModel").get("relationships");
        ((ObjectNode) relationships.get(0)).put("from", " ");

        assertThatThrownBy(() -> validator.parse(TechnicalPlan.class, plan.toString()))
                .isInstanceOfSatisfying(InvalidPlanException.class, invalid -> assertThat(invalid.violations())
                        .contains(new PlanViolation("$.dataModel.relationships[0].from", "no entity named ' '")));
    }

    @Test
    void namesInAnyScriptAreNames() throws IOException {
        ObjectNode plan = (ObjectNode) json.readTree(read("/plans/full-technical-plan.json"));
        ArrayNode entities = (ArrayNode) plan.get("dataModel").get("entities");
        ((ObjectNode) entities.get(0).get("fields").get(0)).put("name", "料理");

        assertThat(validator.parse(TechnicalPlan.class, plan.toString()).dataModel().entities().getFirst().fields().getFirst().name())
                .isEqualTo("料理");
    }

    @Test
    void aPlanAModelWroteWithANulIsRefusedWherePostgresWouldFail() throws IOException {
        ObjectNode plan = (ObjectNode) json.readTree(read("/plans/full-technical-plan.json"));
        ((ObjectNode) plan.get("dataModel").get("entities").get(0)).put("description", "Re\u0000cipes");

        assertThatThrownBy(() -> validator.parse(TechnicalPlan.class, plan.toString()))
                .isInstanceOfSatisfying(InvalidPlanException.class, invalid -> assertThat(invalid.violations()).containsExactly(
                        new PlanViolation("$.dataModel.entities[0].description", "contains a NUL character (U+0000)")));
    }

    @Test
    void malformedJsonIsAViolationNotACrash() {
        assertThatThrownBy(() -> validator.parse(TechnicalPlan.class, "{\"architecture\": "))
                .isInstanceOfSatisfying(InvalidPlanException.class,
                        invalid -> assertThat(invalid.violations().getFirst().message()).startsWith("not valid JSON"));
    }

    @Test
    void theSchemaIsGeneratedFromTheRecords() {
        String schema = validator.schema(TechnicalPlan.class);
        assertThat(schema).contains("\"one-to-many\"", "\"github-actions\"", "\"required\"", "\"dataModel\"", "\"additionalProperties\" : false");
    }

    private String read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return new String(in.readAllBytes());
        }
    }
}
