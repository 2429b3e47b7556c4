package dev.truecoding.project;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.system.DatabaseUrl;
import dev.truecoding.system.Ids;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projects module booted alone with what it depends on (no chat, no generation): approving the business plan
 * names the project after it and publishes {@link PlanApproved} for whoever follows approvals.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {
        "truecoding.data-dir=target/test-data-project-module",
        "truecoding.session-store=memory",
        "truecoding.database-url=jdbc:h2:mem:truecoding-project-module" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1"})
class ProjectModuleTests {

    @Autowired
    ProjectService projects;

    @Autowired
    PlanReview review;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void approvingTheBusinessPlanNamesTheProjectAndIsPublished(AssertablePublishedEvents events) throws Exception {
        String user = newUser();
        Project project = projects.create(user, "Family recipes");
        projects.saveBusinessPlan(user, project.id(), businessPlan());

        Project approved = review.approveBusinessPlan(user, project.id());

        assertThat(approved.name()).isEqualTo("Recipe Box");
        assertThat(approved.status()).isEqualTo(ProjectStatus.PLANNING);
        assertThat(events).contains(PlanApproved.class)
                .matching(PlanApproved::projectId, project.id())
                .matching(PlanApproved::plan, PlanApproved.Plan.BUSINESS);
    }

    @Test
    void aRenamedProjectKeepsItsNameAndABlankPlanNameChangesNothing() {
        String user = newUser();
        Project project = projects.create(user, "Family recipes");
        projects.rename(user, project.id(), "Grandma's kitchen");

        assertThat(projects.nameFromPlan(user, project.id(), "Recipe Box").name()).isEqualTo("Grandma's kitchen");
        Project other = projects.create(user, "Garden");
        assertThat(projects.nameFromPlan(user, other.id(), "  ").name()).isEqualTo("Garden");
        assertThat(projects.nameFromPlan(user, other.id(), "x".repeat(101)).name()).isEqualTo("Garden");
        assertThat(projects.nameFromPlan(user, other.id(), " Green\nThumb ").name()).isEqualTo("Green Thumb");
    }

    private String newUser() {
        String id = Ids.newId();
        jdbc.sql("INSERT INTO users (id, clerk_id, email) VALUES (?, ?, ?)").params(id, "local_" + id, id + "@example.com").update();
        return id;
    }

    private BusinessPlan businessPlan() throws Exception {
        try (InputStream in = ProjectModuleTests.class.getResourceAsStream("/plans/full-business-plan.json")) {
            return json.readValue(in, BusinessPlan.class);
        }
    }
}
