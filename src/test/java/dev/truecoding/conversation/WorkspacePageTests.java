package dev.truecoding.conversation;

import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.support.ChatTest;
import dev.truecoding.support.ScriptedAssistant;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.io.InputStream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class WorkspacePageTests extends ChatTest {

    @Test
    void messagesAreRenderedAsSanitizedMarkdown() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada, "Safe");
        assistant().next((request, sink) -> ScriptedAssistant.stream(sink,
                new AssistantReply("**Great** idea! <script>alert('x')</script> <img src=x onerror=alert(1)>", null, null, false, null)));
        var started = mvc.perform(post("/api/chat").header("Authorization", ada.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectId\":\"" + project + "\",\"message\":\"<b onmouseover=alert(2)>hi</b>\",\"phase\":\"discovery\"}"))
                .andExpect(request().asyncStarted()).andReturn();
        started.getAsyncResult(10_000);

        mvc.perform(get("/projects/" + project + "/workspace").session(ada.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>Great</strong> idea!")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img"))))
                .andExpect(content().string(not(containsString("<b onmouseover"))))
                .andExpect(content().string(containsString("Interview progress")))
                .andExpect(content().string(containsString("Scripted")));
    }

    @Test
    void theLastRepliesWaysOnAreButtonsThatSendThem() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada, "Choices");
        assistant().next((request, sink) -> ScriptedAssistant.stream(sink,
                new AssistantReply("**Anyone else who would use it?**\n\n↳ `skip` · `back` · `done`", null, null, false, null)));
        var started = mvc.perform(post("/api/chat").header("Authorization", ada.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectId\":\"" + project + "\",\"message\":\"hi\",\"phase\":\"discovery\"}"))
                .andExpect(request().asyncStarted()).andReturn();
        started.getAsyncResult(10_000);

        mvc.perform(get("/projects/" + project + "/workspace/messages").session(ada.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-choice=\"skip\"")))
                .andExpect(content().string(containsString("data-choice=\"back\"")))
                .andExpect(content().string(containsString("data-choice=\"done\"")));
    }

    @Test
    void thePlanPanelShowsThePlansTheDiagramAndTheApproveButtons() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada, "Plans");
        putPlan(ada, project, "business-plan", "/plans/full-business-plan.json");

        mvc.perform(get("/projects/" + project + "/workspace").session(ada.session()))
                .andExpect(content().string(containsString("Recipe Box")))
                .andExpect(content().string(containsString("Approve business plan")));
        assistant().next((request, sink) -> ScriptedAssistant.stream(sink, new AssistantReply("A technical plan.", null, null, false, null)));
        mvc.perform(post("/projects/" + project + "/workspace/approve-business-plan").session(ada.session()).with(csrf()))
                .andExpect(redirectedUrl("/projects/" + project + "/workspace"));

        putPlan(ada, project, "technical-plan", "/plans/full-technical-plan.json");
        mvc.perform(get("/projects/" + project + "/workspace").session(ada.session()))
                .andExpect(content().string(containsString("Entity-relationship diagram")))
                .andExpect(content().string(containsString("title: string")))
                .andExpect(content().string(containsString("1 — n")))
                .andExpect(content().string(containsString("Approve technical plan")));
        mvc.perform(post("/projects/" + project + "/workspace/approve-technical-plan").session(ada.session()).with(csrf()))
                .andExpect(redirectedUrl("/projects/" + project));
        mvc.perform(get("/api/projects/" + project).header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$.status").value("CONNECTING"));
    }

    @Test
    void thePlanEditorShowsEveryProblemInPlaceAndSavesNothing() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada, "Editor");
        putPlan(ada, project, "business-plan", "/plans/full-business-plan.json");

        mvc.perform(post("/projects/" + project + "/plans/business").session(ada.session()).with(csrf())
                        .param("planJson", "{\"name\": \"\", \"tagline\": 3}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nothing was saved")))
                .andExpect(content().string(containsString("$.name")))
                .andExpect(content().string(containsString("{&quot;name&quot;: &quot;&quot;, &quot;tagline&quot;: 3}")));
        mvc.perform(post("/projects/" + project + "/plans/business").session(ada.session()).with(csrf()).param("planJson", "{oops"))
                .andExpect(content().string(containsString("not valid JSON")));
        mvc.perform(get("/api/projects/" + project + "/business-plan").header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$.name").value("Recipe Box"));
    }

    @Test
    void anotherPersonsWorkspaceIsNotFound() throws Exception {
        ApiUser ada = signUp();
        ApiUser eve = signUp();
        String project = createProject(ada, "Mine");
        mvc.perform(get("/projects/" + project + "/workspace").session(eve.session())).andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + project + "/plans/business/edit").session(eve.session())).andExpect(status().isNotFound());
    }

    private void putPlan(ApiUser user, String project, String kind, String resource) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            mvc.perform(put("/api/projects/" + project + "/" + kind).header("Authorization", user.bearer())
                    .contentType(MediaType.APPLICATION_JSON).content(in.readAllBytes())).andExpect(status().isOk());
        }
    }
}
