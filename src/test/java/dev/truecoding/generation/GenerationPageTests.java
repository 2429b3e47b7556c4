package dev.truecoding.generation;

import dev.truecoding.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Connecting and Generating steps' page: host choice, the Generate button, the run and what it produced. */
@TestPropertySource(properties = "truecoding.generation.npm=false")
class GenerationPageTests extends ApplicationTest {

    @Test
    void generatingFromThePageShowsTheRunThenTheRepository() throws Exception {
        ApiUser ada = signUp();
        String project = approvedProject(ada);

        mvc.perform(get("/projects/" + project).session(ada.session()))
                .andExpect(content().string(containsString("Connect and generate")));
        mvc.perform(get("/projects/" + project + "/generate").session(ada.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Where your code goes")))
                .andExpect(content().string(containsString("built-in git host")))
                .andExpect(content().string(containsString("Connect GitHub")))
                .andExpect(content().string(containsString("id=\"generate-button\"")))
                .andExpect(content().string(not(containsString("Latest run"))));

        mvc.perform(post("/projects/" + project + "/generate").session(ada.session()).with(csrf()).param("host", "builtin"))
                .andExpect(redirectedUrl("/projects/" + project + "/generate"));
        awaitProjectLeavesGenerating(ada, project);

        String page = mvc.perform(get("/projects/" + project + "/generate").session(ada.session()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Latest run", "Succeeded", "Your repository", "git clone http", "Coverage report",
                "Validation", "Generate again", "Committing", "Configuring CI");
        assertThat(page).doesNotContain("stage-failed");
        mvc.perform(get("/projects/" + project).session(ada.session()))
                .andExpect(content().string(containsString("id=\"project-repository\"")));
    }

    @Test
    void aProjectWithoutAnApprovedPlanCannotGenerateAndSaysWhy() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada, "Early");
        mvc.perform(get("/projects/" + project + "/generate").session(ada.session()))
                .andExpect(content().string(containsString("no approved technical plan")));
        mvc.perform(post("/projects/" + project + "/generate").session(ada.session()).with(csrf()))
                .andExpect(redirectedUrl("/projects/" + project + "/generate"))
                .andExpect(flash().attribute("generationError", containsString("no approved technical plan")));
        ApiUser eve = signUp();
        mvc.perform(get("/projects/" + project + "/generate").session(eve.session())).andExpect(status().isNotFound());
        mvc.perform(post("/projects/" + project + "/generate").session(eve.session()).with(csrf())).andExpect(status().isNotFound());
    }

    private String createProject(ApiUser user, String name) throws Exception {
        return body(mvc.perform(post("/api/projects").header("Authorization", user.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("name", name))))
                .andReturn()).get("id").asString();
    }

    private String approvedProject(ApiUser user) throws Exception {
        String project = createProject(user, "Recipe Box");
        mvc.perform(put("/api/projects/" + project + "/technical-plan").header("Authorization", user.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(GenerationApiTests.plan())).andExpect(status().isOk());
        mvc.perform(post("/api/projects/" + project + "/technical-plan/approve").header("Authorization", user.bearer()))
                .andExpect(status().isOk());
        return project;
    }

    private void awaitProjectLeavesGenerating(ApiUser user, String project) throws Exception {
        for (int i = 0; i < 600; i++) {
            String status = body(mvc.perform(get("/api/projects/" + project).header("Authorization", user.bearer()))
                    .andReturn()).get("status").asString();
            if (!status.equals("GENERATING")) {
                assertThat(status).isEqualTo("DEPLOYING");
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("still generating after 60 s");
    }
}
