package dev.truecoding.project;

import dev.truecoding.support.ApiClient;
import dev.truecoding.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Approving the business plan through the API names the project after the plan (unless the person renamed it)
 * and starts Planning: a technical plan is derived from the business plan before the approval answers.
 */
class PlanApprovalTests extends ApplicationTest {

    @Test
    void theProjectTakesThePlansNameAndPlanningDerivesATechnicalPlan() throws Exception {
        ApiClient api = api(signUp());
        String project = api.createProject("Family recipes");
        assertThat(api.send("GET", "/api/projects/" + project + "/technical-plan", null).status()).isEqualTo(404);
        api.put("/api/projects/" + project + "/business-plan", resource("/plans/full-business-plan.json"));

        JsonNode approved = api.post("/api/projects/" + project + "/business-plan/approve", null);

        assertThat(approved.get("status").asString()).isEqualTo("PLANNING");
        assertThat(approved.get("name").asString()).isEqualTo("Recipe Box");
        JsonNode technical = api.get("/api/projects/" + project + "/technical-plan");
        assertThat(technical.get("dataModel").get("entities").size()).isPositive();
        JsonNode conversations = api.get("/api/projects/" + project + "/conversations");
        JsonNode planning = conversations.valueStream().filter(c -> c.get("phase").asString().equals("PLANNING"))
                .findFirst().orElseThrow();
        assertThat(planning.get("messages").valueStream().map(m -> m.get("role").asString()).toList())
                .containsExactly("USER", "ASSISTANT");
    }

    @Test
    void aNameThePersonGaveByRenamingStays() throws Exception {
        ApiClient api = api(signUp());
        String project = api.createProject("Family recipes");
        api.send("PATCH", "/api/projects/" + project, Map.of("name", "Grandma's kitchen"));
        api.put("/api/projects/" + project + "/business-plan", resource("/plans/full-business-plan.json"));

        JsonNode approved = api.post("/api/projects/" + project + "/business-plan/approve", null);

        assertThat(approved.get("name").asString()).isEqualTo("Grandma's kitchen");
        assertThat(api.get("/api/projects/" + project).get("name").asString()).isEqualTo("Grandma's kitchen");
    }

    @Test
    void thePersonMayKeepTheNameAtApproval() throws Exception {
        ApiClient api = api(signUp());
        String project = api.createProject("Family recipes");
        api.put("/api/projects/" + project + "/business-plan", resource("/plans/full-business-plan.json"));

        JsonNode approved = api.post("/api/projects/" + project + "/business-plan/approve?keepName=true", null);

        assertThat(approved.get("status").asString()).isEqualTo("PLANNING");
        assertThat(approved.get("name").asString()).isEqualTo("Family recipes");
    }

    @Test
    void theWorkspaceOffersToKeepTheNameAndKeepsIt() throws Exception {
        ApiUser ada = signUp();
        ApiClient api = api(ada);
        String kept = api.createProject("Family recipes");
        String taken = api.createProject("Family recipes");
        for (String project : new String[]{kept, taken}) {
            api.put("/api/projects/" + project + "/business-plan", resource("/plans/full-business-plan.json"));
        }
        mvc.perform(get("/projects/" + kept + "/workspace").session(ada.session()))
                .andExpect(content().string(containsString("id=\"keep-name\"")))
                .andExpect(content().string(containsString("Keep the name “Family recipes” instead of the plan’s “Recipe Box”")));
        mvc.perform(get("/projects/" + kept + "/workspace").session(ada.session()).header("Accept-Language", "pt-BR"))
                .andExpect(content().string(containsString("Manter o nome “Family recipes” em vez de “Recipe Box”")));

        mvc.perform(post("/projects/" + kept + "/workspace/approve-business-plan").session(ada.session()).with(csrf())
                        .param("keepName", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/projects/" + taken + "/workspace/approve-business-plan").session(ada.session()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(api.get("/api/projects/" + kept).get("name").asString()).isEqualTo("Family recipes");
        assertThat(api.get("/api/projects/" + taken).get("name").asString()).isEqualTo("Recipe Box");
    }

    private static String resource(String path) throws Exception {
        try (var in = PlanApprovalTests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
