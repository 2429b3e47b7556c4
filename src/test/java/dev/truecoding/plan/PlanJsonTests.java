package dev.truecoding.plan;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The records' JSON is the seed's TypeScript types, field for field and value for value. */
class PlanJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aFullBusinessPlanSurvivesTheRecordsUnchanged() throws IOException {
        JsonNode original = read("/plans/full-business-plan.json");
        BusinessPlan plan = json.treeToValue(original, BusinessPlan.class);

        assertThat(plan.coreFeatures().getFirst().priority()).isEqualTo(BusinessPlan.Priority.MUST_HAVE);
        assertThat(plan.monetization().model()).isEqualTo(BusinessPlan.MonetizationModel.FREEMIUM);
        assertThat((JsonNode) json.valueToTree(plan)).isEqualTo(original);
    }

    @Test
    void aFullTechnicalPlanSurvivesTheRecordsUnchanged() throws IOException {
        JsonNode original = read("/plans/full-technical-plan.json");
        TechnicalPlan plan = json.treeToValue(original, TechnicalPlan.class);

        assertThat(plan.dataModel().entities().getFirst().fields().get(1).defaultValue()).isEqualTo("2");
        assertThat(plan.dataModel().relationships().getFirst().type()).isEqualTo(TechnicalPlan.RelationshipType.ONE_TO_MANY);
        assertThat(plan.cicd().provider()).isEqualTo(TechnicalPlan.CICDProvider.GITHUB_ACTIONS);
        assertThat((JsonNode) json.valueToTree(plan)).isEqualTo(original);
    }

    @Test
    void optionalFieldsAreOmittedWhenAbsent() {
        var audience = new BusinessPlan.TargetAudience("Cooks", null, List.of());
        var field = new TechnicalPlan.Field("title", "string", true, null, null, null);

        assertThat(json.writeValueAsString(audience)).isEqualTo("{\"primary\":\"Cooks\",\"painPoints\":[]}");
        assertThat(json.writeValueAsString(field)).isEqualTo("{\"name\":\"title\",\"type\":\"string\",\"required\":true}");
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return json.readTree(in);
        }
    }
}
