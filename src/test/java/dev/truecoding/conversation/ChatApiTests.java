package dev.truecoding.conversation;

import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.assistant.AssistantUnavailableException;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.support.ChatTest;
import dev.truecoding.support.SseEvent;
import dev.truecoding.support.ScriptedAssistant;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/chat} end to end with a scripted assistant: what is streamed, what is stored, what is refused. */
class ChatApiTests extends ChatTest {

    @Test
    void streamsTheReplyAndStoresBothMessagesInOrder() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada);
        assistant().next((request, sink) -> ScriptedAssistant.stream(sink,
                new AssistantReply("Hello! What is your idea?", null, null, false, new AssistantReply.Usage(3, 5)),
                "Hello! ", "What is ", "your idea?"));

        List<SseEvent> events = chat(ada, project, "Hi there", "discovery");

        assertThat(events).extracting(SseEvent::name).containsExactly("text", "text", "text", "done");
        assertThat(events.subList(0, 3)).extracting(e -> e.data().get("content").asString()).containsExactly("Hello! ", "What is ", "your idea?");
        assertThat(events).extracting(SseEvent::id).containsExactly("1", "2", "3", "4");
        mvc.perform(get("/api/projects/" + project + "/conversations").header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].phase").value("DISCOVERY"))
                .andExpect(jsonPath("$[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$[0].messages[0].role").value("USER"))
                .andExpect(jsonPath("$[0].messages[0].content").value("Hi there"))
                .andExpect(jsonPath("$[0].messages[1].role").value("ASSISTANT"))
                .andExpect(jsonPath("$[0].messages[1].content").value("Hello! What is your idea?"))
                .andExpect(jsonPath("$[0].messages[1].tokenCount").value(5))
                .andExpect(jsonPath("$[0].messages[1].model").value("scripted-1"));
    }

    @Test
    void theAssistantSeesTheHistoryAndThePlansOfTheProject() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada);
        assistant().next((request, sink) -> ScriptedAssistant.stream(sink, reply("First answer")));
        chat(ada, project, "first", "discovery");
        assistant().next((request, sink) -> ScriptedAssistant.stream(sink, reply("Second answer")));
        chat(ada, project, "second", "discovery");

        var request = assistant().requests().getLast();
        assertThat(request.message()).isEqualTo("second");
        assertThat(request.history()).extracting(turn -> turn.role() + ":" + turn.content())
                .containsExactly("USER:first", "ASSISTANT:First answer");
    }

    @Test
    void aCompleteValidPlanIsSavedAndAnnounced() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada);
        BusinessPlan plan = read("/plans/full-business-plan.json", BusinessPlan.class);
        assistant().next((request, sink) -> ScriptedAssistant.stream(sink, new AssistantReply("Here is your plan.", plan, null, true, null)));

        List<SseEvent> events = chat(ada, project, "that's all", "discovery");

        assertThat(events).extracting(SseEvent::name).containsExactly("plan_ready", "done");
        assertThat(events.getFirst().data().get("plan").get("name").asString()).isEqualTo("Recipe Box");
        mvc.perform(get("/api/projects/" + project + "/business-plan").header("Authorization", ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tagline").value(plan.tagline()));
    }

    @Test
    void anInvalidPlanIsAnErrorAndNothingIsSaved() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada);
        BusinessPlan full = read("/plans/full-business-plan.json", BusinessPlan.class);
        BusinessPlan broken = new BusinessPlan("", full.tagline(), full.description(), full.problemStatement(), full.targetAudience(),
                full.coreFeatures(), full.niceToHaveFeatures(), null, null, full.successMetrics());
        assistant().next((request, sink) -> ScriptedAssistant.stream(sink, new AssistantReply("Plan!", broken, null, true, null), "Plan!"));

        List<SseEvent> events = chat(ada, project, "done", "discovery");

        assertThat(events.getLast().name()).isEqualTo("error");
        assertThat(events.getLast().data().get("error").asString()).contains("not valid").contains("$.name");
        mvc.perform(get("/api/projects/" + project + "/business-plan").header("Authorization", ada.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFailingAssistantKeepsTheMessageAndRecordsWhatHappened() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada);
        assistant().next((request, sink) -> {
            sink.text("Partial ans");
            throw new AssistantUnavailableException("Anthropic is overloaded; try again in a minute.", null);
        });

        List<SseEvent> events = chat(ada, project, "Hello?", "discovery");

        assertThat(events).extracting(SseEvent::name).containsExactly("text", "error");
        assertThat(events.getLast().data().get("error").asString()).isEqualTo("Anthropic is overloaded; try again in a minute.");
        mvc.perform(get("/api/projects/" + project + "/conversations").header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$[0].messages", hasSize(2)))
                .andExpect(jsonPath("$[0].messages[0].role").value("USER"))
                .andExpect(jsonPath("$[0].messages[1].role").value("SYSTEM"))
                .andExpect(jsonPath("$[0].messages[1].content", containsString("overloaded")));
    }

    @Test
    void refusesBadRequestsBeforeStoringAnything() throws Exception {
        ApiUser ada = signUp();
        ApiUser eve = signUp();
        String project = createProject(ada);

        postChat(ada, Map.of("projectId", project, "message", "x".repeat(ChatRequest.MAX_MESSAGE_LENGTH + 1), "phase", "discovery"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("message"));
        postChat(ada, Map.of("projectId", project, "message", "  ", "phase", "discovery")).andExpect(status().isBadRequest());
        postChat(ada, Map.of("projectId", project, "message", "hi", "phase", "deploying")).andExpect(status().isBadRequest());
        postChat(ada, Map.of("projectId", project, "message", "hi", "phase", "planning"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("Discovery")));
        postChat(eve, Map.of("projectId", project, "message", "hi", "phase", "discovery")).andExpect(status().isNotFound());

        mvc.perform(get("/api/projects/" + project + "/conversations").header("Authorization", ada.bearer()))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void plansArePutValidatedAndApprovedThroughThePhases() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada);
        String business = text("/plans/full-business-plan.json");
        String technical = text("/plans/full-technical-plan.json");

        mvc.perform(post("/api/projects/" + project + "/business-plan/approve").header("Authorization", ada.bearer()))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/projects/" + project + "/business-plan").header("Authorization", ada.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.path == '$.name')]").exists())
                .andExpect(jsonPath("$.violations.length()").value(org.hamcrest.Matchers.greaterThan(3)));
        mvc.perform(get("/api/projects/" + project + "/business-plan").header("Authorization", ada.bearer())).andExpect(status().isNotFound());

        mvc.perform(put("/api/projects/" + project + "/business-plan").header("Authorization", ada.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(business)).andExpect(status().isOk());
        mvc.perform(post("/api/projects/" + project + "/business-plan/approve").header("Authorization", ada.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PLANNING"));
        mvc.perform(post("/api/projects/" + project + "/technical-plan/approve").header("Authorization", ada.bearer()))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/projects/" + project + "/technical-plan").header("Authorization", ada.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(technical)).andExpect(status().isOk());
        mvc.perform(post("/api/projects/" + project + "/technical-plan/approve").header("Authorization", ada.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONNECTING"));
        mvc.perform(put("/api/projects/" + project + "/business-plan").header("Authorization", ada.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(business)).andExpect(status().isConflict());
    }

    @Test
    void aPersonWithTheirOwnTechnicalPlanSkipsTheChats() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada);
        mvc.perform(put("/api/projects/" + project + "/technical-plan").header("Authorization", ada.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(text("/plans/full-technical-plan.json"))).andExpect(status().isOk());
        mvc.perform(post("/api/projects/" + project + "/technical-plan/approve").header("Authorization", ada.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONNECTING"));
    }

    private List<SseEvent> chat(ApiUser user, String projectId, String message, String phase) throws Exception {
        MvcResult started = postChat(user, Map.of("projectId", projectId, "message", message, "phase", phase))
                .andExpect(request().asyncStarted()).andReturn();
        started.getAsyncResult(10_000);
        return SseEvent.parse(started.getResponse().getContentAsString(), json);
    }

    private org.springframework.test.web.servlet.ResultActions postChat(ApiUser user, Map<String, String> body) throws Exception {
        return mvc.perform(post("/api/chat").header("Authorization", user.bearer())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_EVENT_STREAM)
                .content(json.writeValueAsString(body)));
    }

    private String createProject(ApiUser user) throws Exception {
        return createProject(user, "Chatty");
    }

    private static AssistantReply reply(String text) {
        return new AssistantReply(text, null, null, false, null);
    }

    private String text(String resource) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return new String(in.readAllBytes());
        }
    }

    private <T> T read(String resource, Class<T> type) throws Exception {
        return json.readValue(text(resource), type);
    }
}
