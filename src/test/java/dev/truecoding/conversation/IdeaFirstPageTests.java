package dev.truecoding.conversation;

import dev.truecoding.assistant.AssistantPhase;
import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.support.ChatTest;
import dev.truecoding.support.ScriptedAssistant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Idea first: the idea typed on the home page becomes the project and its first discovery message, before or after sign-up. */
class IdeaFirstPageTests extends ChatTest {

    private static final String IDEA = "A recipe box where families save and share their favourite recipes";

    @Test
    void aVisitorsIdeaSurvivesSignUpAndOpensARunningDiscoveryChat() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("action=\"/ideas/pending\"")));
        var visitor = new MockHttpSession();
        mvc.perform(post("/ideas/pending").session(visitor).with(csrf()).param("idea", IDEA))
                .andExpect(redirectedUrl("/signup"));
        mvc.perform(get("/signup").session(visitor)).andExpect(content().string(containsString(IDEA)));

        MvcResult signedUp = mvc.perform(post("/signup").session(visitor).with(csrf()).param("name", "Ada")
                        .param("email", "ada-" + UUID.randomUUID() + "@example.com").param("password", "analytical engine"))
                .andExpect(redirectedUrl("/ideas/continue")).andReturn();
        var session = (MockHttpSession) signedUp.getRequest().getSession();
        var heard = new AtomicReference<String>();
        assistant().next((request, sink) -> {
            heard.set(request.message());
            return ScriptedAssistant.stream(sink, new AssistantReply("Love it — what should we call it?", null, null, false, null));
        });
        String workspace = mvc.perform(get("/ideas/continue").session(session))
                .andExpect(redirectedUrlPattern("/projects/*/workspace")).andReturn().getResponse().getRedirectedUrl();

        assertThat(heard.get()).isEqualTo(IDEA);
        mvc.perform(get(workspace).session(session))
                .andExpect(content().string(containsString("Recipe box")))
                .andExpect(content().string(containsString(IDEA)))
                .andExpect(content().string(containsString("what should we call it?")));
        // The idea was used once: coming back to the link makes no second project.
        mvc.perform(get("/ideas/continue").session(session)).andExpect(redirectedUrl("/projects"));
        mvc.perform(get("/projects").session(session)).andExpect(content().string(containsString("Recipe box")));
    }

    @Test
    void anIdeaTypedBeforeSigningInToAnExistingAccountBecomesAProjectToo() throws Exception {
        ApiUser ada = signUp();
        var visitor = new MockHttpSession();
        mvc.perform(post("/ideas/pending").session(visitor).with(csrf()).param("idea", "Invoicing for freelancers, with reminders"));
        mvc.perform(get("/login").session(visitor)).andExpect(content().string(containsString("Invoicing for freelancers")));
        MvcResult signedIn = mvc.perform(post("/login").session(visitor).with(csrf())
                        .param("email", ada.email()).param("password", "correct horse battery"))
                .andExpect(redirectedUrl("/ideas/continue")).andReturn();
        assistant().next((request, sink) -> ScriptedAssistant.stream(sink, new AssistantReply("Great.", null, null, false, null)));
        String workspace = mvc.perform(get("/ideas/continue").session((MockHttpSession) signedIn.getRequest().getSession()))
                .andExpect(redirectedUrlPattern("/projects/*/workspace")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get("/api/projects/" + workspace.split("/")[2]).header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$.name").value("Invoicing"));
        // Without an idea waiting, signing in leads to the dashboard as before.
        mvc.perform(post("/login").with(csrf()).param("email", ada.email()).param("password", "correct horse battery"))
                .andExpect(redirectedUrl("/projects"));
    }

    @Test
    void aSignedInPersonsIdeaStartsAProjectAtOnce() throws Exception {
        ApiUser ada = signUp();
        mvc.perform(get("/").session(ada.session())).andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/ideas\"")));
        assistant().next((request, sink) -> ScriptedAssistant.stream(sink, new AssistantReply("Nice idea.", null, null, false, null)));
        String workspace = mvc.perform(post("/ideas").session(ada.session()).with(csrf()).param("idea", "Build me a habit tracker with streaks"))
                .andExpect(redirectedUrlPattern("/projects/*/workspace")).andReturn().getResponse().getRedirectedUrl();
        String project = workspace.split("/")[2];
        mvc.perform(get("/api/projects/" + project).header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$.name").value("Habit tracker"))
                .andExpect(jsonPath("$.status").value("IDEATION"));
        mvc.perform(get("/api/projects/" + project + "/conversations").header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$[0].messages[0].content").value("Build me a habit tracker with streaks"))
                .andExpect(jsonPath("$[0].messages[1].content").value("Nice idea."));
    }

    @Test
    void anIdeaThatCannotBeStoredIsRefusedAndNothingIsCreated() throws Exception {
        ApiUser ada = signUp();
        // Refused before any page sees it (system's text filter: the error page names the field), on every form.
        mvc.perform(post("/ideas").session(ada.session()).with(csrf()).param("idea", "bad\u0000idea"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/ideas").session(ada.session()).with(csrf()).param("idea", "x".repeat(ChatRequest.MAX_MESSAGE_LENGTH + 1)))
                .andExpect(content().string(containsString("An idea can be at most 8000 characters.")));
        mvc.perform(post("/ideas/pending").with(csrf()).param("idea", "   "))
                .andExpect(content().string(containsString("Describe your idea in a sentence or two.")));
        mvc.perform(get("/api/projects").header("Authorization", ada.bearer())).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void approvingTheBusinessPlanStartsPlanningWithoutWaitingForAMessage() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada, "Plans");
        mvc.perform(post("/projects/" + project + "/plans/business").session(ada.session()).with(csrf())
                .param("planJson", resource("/plans/full-business-plan.json")));
        var phase = new AtomicReference<AssistantPhase>();
        assistant().next((request, sink) -> {
            phase.set(request.phase());
            return ScriptedAssistant.stream(sink, new AssistantReply("Here is a technical plan for **Recipe Box**.", null, null, false, null));
        });
        mvc.perform(post("/projects/" + project + "/workspace/approve-business-plan").session(ada.session()).with(csrf()))
                .andExpect(redirectedUrl("/projects/" + project + "/workspace"));

        assertThat(phase.get()).isEqualTo(AssistantPhase.PLANNING);
        mvc.perform(get("/projects/" + project + "/workspace").session(ada.session()))
                .andExpect(content().string(containsString("Here is a technical plan for <strong>Recipe Box</strong>.")));
    }

    private static String resource(String path) throws Exception {
        try (var in = IdeaFirstPageTests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
