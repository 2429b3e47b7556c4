package dev.truecoding.project;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Plans are stored in the seed's JSONB columns as real JSON objects and read back equal. */
class PlanStorageTests extends ApplicationTest {

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fullPlansRoundTripThroughTheJsonbColumns() throws Exception {
        ApiUser ada = signUp();
        String userId = body(mvc.perform(get("/api/me").header("Authorization", ada.bearer())).andReturn()).get("id").asString();
        BusinessPlan business = read("/plans/full-business-plan.json", BusinessPlan.class);
        TechnicalPlan technical = read("/plans/full-technical-plan.json", TechnicalPlan.class);
        Project project = projects.create(userId, "Plans");

        projects.saveBusinessPlan(userId, project.id(), business);
        projects.saveTechnicalPlan(userId, project.id(), technical);

        Project stored = projects.get(userId, project.id());
        assertThat(stored.businessPlan()).isEqualTo(business);
        assertThat(stored.technicalPlan()).isEqualTo(technical);
        // Stored as a JSON object, not as a JSON string holding the text: the database can look inside it.
        String name = jdbc.sql("SELECT business_plan FROM projects WHERE id = ?").param(project.id()).query(String.class).single();
        assertThat(json.readTree(name).get("name").asString()).isEqualTo("Recipe Box");
        mvc.perform(get("/api/projects/" + project.id()).header("Authorization", ada.bearer()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.technicalPlan.dataModel.entities[0].fields[1].default").value("2"));
    }

    private <T> T read(String resource, Class<T> type) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return json.readValue(in, type);
        }
    }
}
