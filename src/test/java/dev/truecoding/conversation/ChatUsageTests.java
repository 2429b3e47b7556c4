package dev.truecoding.conversation;

import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.assistant.AssistantUnavailableException;
import dev.truecoding.support.ChatTest;
import dev.truecoding.support.ScriptedAssistant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reply's tokens as the assistant reported them: the seed's tokenCount and model on the message, and the tokens
 * with their estimated cost under the reply in the chat and in the project's total, in English and Portuguese.
 * The scripted model has no price, so its cost is "unknown", never a made-up figure.
 */
class ChatUsageTests extends ChatTest {

    @Test
    void aRepliesTokensAreStoredAndShownUnderItAndInTheProjectsTotal() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada, "Costs");
        assistant().next((request, sink) -> ScriptedAssistant.stream(sink,
                new AssistantReply("What is your idea?", null, null, false, new AssistantReply.Usage(1200, 34)),
                "What is ", "your idea?"));

        chat(ada, project, "Hello");

        var message = api(ada).get("/api/projects/" + project + "/conversations").get(0).get("messages").get(1);
        assertThat(message.get("tokenCount").asInt()).as("the tokens the reply is made of").isEqualTo(34);
        assertThat(message.get("model").asString()).isEqualTo("scripted-1");

        Element under = page(ada, "/projects/" + project + "/workspace", "en").selectFirst(".message-assistant .message-usage");
        assertThat(under.text()).isEqualTo("scripted-1 · 1,234 tokens · cost unknown");
        assertThat(under.attr("title")).isEqualTo("1,200 tokens in, 34 out");
        assertThat(page(ada, "/projects/" + project + "/workspace", "pt-BR").selectFirst(".message-usage").text())
                .isEqualTo("scripted-1 · 1.234 tokens · custo desconhecido");
        assertThat(page(ada, "/projects/" + project + "/workspace", "en").select(".message-user .message-usage")).isEmpty();

        assertThat(page(ada, "/projects/" + project, "en").selectFirst("#project-usage .usage-total").text())
                .isEqualTo("1,234 tokens · cost unknown");
        assertThat(page(ada, "/projects/" + project, "pt-BR").selectFirst("#project-usage .usage-total").text())
                .isEqualTo("1.234 tokens · custo desconhecido");
    }

    @Test
    void aFailedReplyCostsNothingAndTheProjectSaysNoModelWasAsked() throws Exception {
        ApiUser ada = signUp();
        String project = createProject(ada, "Nothing spent");
        assistant().next((request, sink) -> {
            throw new AssistantUnavailableException("Anthropic is overloaded; try again in a minute.", null);
        });

        chat(ada, project, "Hello?");

        assertThat(page(ada, "/projects/" + project, "en").selectFirst("#project-usage").text())
                .isEqualTo("No AI model has been asked anything for this project yet.");
        assertThat(page(ada, "/projects/" + project, "pt-BR").selectFirst("#project-usage").text())
                .isEqualTo("Nenhum modelo de IA foi consultado neste projeto ainda.");
        assertThat(page(ada, "/projects/" + project + "/workspace", "en").select(".message-usage")).isEmpty();
    }

    private void chat(ApiUser user, String projectId, String message) throws Exception {
        MvcResult started = mvc.perform(post("/api/chat").header("Authorization", user.bearer())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_EVENT_STREAM)
                        .content(json.writeValueAsString(Map.of("projectId", projectId, "message", message,
                                "phase", "discovery"))))
                .andExpect(request().asyncStarted()).andReturn();
        started.getAsyncResult(10_000);
    }

    private Document page(ApiUser user, String path, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).session(user.session()).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
