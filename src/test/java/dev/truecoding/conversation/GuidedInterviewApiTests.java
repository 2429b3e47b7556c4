package dev.truecoding.conversation;

import dev.truecoding.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The built-in guided assistant through the HTTP API, as a script with a token would use it. */
@TestPropertySource(properties = {"truecoding.assistant.provider=guided", "truecoding.chat.messages-per-minute=1000"})
class GuidedInterviewApiTests extends ApplicationTest {

    @Test
    void anInterviewWithSkipsAndCorrectionsEndsInAValidSavedPlanThenPlanningAddsAnEntity() throws Exception {
        ApiUser ada = signUp();
        String project = body(mvc.perform(post("/api/projects").header("Authorization", ada.bearer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Walks\"}")).andReturn()).get("id").asString();

        assertThat(chat(ada, project, "discovery", "Hello")).contains("event:done").contains("idea");
        chat(ada, project, "discovery", "An app that matches dog owners with neighbours who walk dogs");
        chat(ada, project, "discovery", "2");
        chat(ada, project, "discovery", "yes");
        chat(ada, project, "discovery", "Busy dog owners can't find a trusted walker nearby");
        chat(ada, project, "discovery", "Busy dog owners in cities");
        chat(ada, project, "discovery", "skip");
        chat(ada, project, "discovery", "- No trust in strangers\n- Walkers cancel last minute\n- Expensive agencies");
        chat(ada, project, "discovery", "Walker profiles, Walk booking, Reviews");
        chat(ada, project, "discovery", "actually, call it Pawpal");
        chat(ada, project, "discovery", "skip");
        chat(ada, project, "discovery", "skip");
        chat(ada, project, "discovery", "Rover — neighbours, not gig workers");
        String last = chat(ada, project, "discovery", "100 walks booked in 3 months");

        assertThat(last).contains("event:plan_ready");
        mvc.perform(get("/api/projects/" + project + "/business-plan").header("Authorization", ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Pawpal"))
                .andExpect(jsonPath("$.coreFeatures[*].name", hasItem("Walk booking")))
                .andExpect(jsonPath("$.targetAudience.painPoints.length()").value(3))
                .andExpect(jsonPath("$.competitors[0].name").value("Rover"))
                .andExpect(jsonPath("$.successMetrics[0].timeframe").value("3 months"));

        mvc.perform(post("/api/projects/" + project + "/business-plan/approve").header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$.status").value("PLANNING"));
        // Planning started by itself on the approval: the technical plan is there before any Planning message.
        mvc.perform(get("/api/projects/" + project + "/technical-plan").header("Authorization", ada.bearer()))
                .andExpect(status().isOk());
        assertThat(chat(ada, project, "planning", "entity Owner { name: string required }\nentity Dog { name: string required, breed: string }\nrelate Dog many-to-one Owner"))
                .contains("event:plan_ready");
        mvc.perform(get("/api/projects/" + project + "/technical-plan").header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$.dataModel.entities[*].name", hasItem("Dog")))
                .andExpect(jsonPath("$.dataModel.relationships[?(@.from == 'Owner' && @.to == 'Dog')].type").value(hasItem("one-to-many")))
                .andExpect(jsonPath("$.apiEndpoints[*].path", hasItem("/api/dogs")));
        mvc.perform(get("/api/projects/" + project + "/conversations").header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$[0].phase").value("DISCOVERY"))
                .andExpect(jsonPath("$[0].status").value("COMPLETED"))
                .andExpect(jsonPath("$[1].phase").value("PLANNING"))
                .andExpect(jsonPath("$[1].messages[1].model").value("guided"))
                .andExpect(jsonPath("$[1].messages[1].tokenCount").value(0)); // no model runs, nothing is spent
    }

    @Test
    void theBrowsersLanguageIsUsedUntilTheMessagesTellAnother() throws Exception {
        ApiUser ada = signUp();
        String project = body(mvc.perform(post("/api/projects").header("Authorization", ada.bearer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Café\"}")).andReturn()).get("id").asString();

        chat(ada, project, "discovery", "Hi", "pt-BR,pt;q=0.9");
        chat(ada, project, "discovery", "An app where neighbours lend and borrow tools", "pt-BR");

        mvc.perform(get("/api/projects/" + project + "/conversations").header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$[0].messages[1].content").value(org.hamcrest.Matchers.containsString("Qual é a sua ideia?")))
                .andExpect(jsonPath("$[0].messages[3].content").value(org.hamcrest.Matchers.containsString("What should we call it?")));
    }

    private String chat(ApiUser user, String project, String phase, String message) throws Exception {
        return chat(user, project, phase, message, "en");
    }

    private String chat(ApiUser user, String project, String phase, String message, String acceptLanguage) throws Exception {
        MvcResult started = mvc.perform(post("/api/chat").header("Authorization", user.bearer())
                        .header("Accept-Language", acceptLanguage)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("projectId", project, "phase", phase, "message", message))))
                .andExpect(request().asyncStarted()).andReturn();
        started.getAsyncResult(10_000);
        String stream = started.getResponse().getContentAsString();
        assertThat(stream).doesNotContain("event:error");
        return stream;
    }
}
