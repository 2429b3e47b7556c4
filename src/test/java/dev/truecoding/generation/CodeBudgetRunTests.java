package dev.truecoding.generation;

import dev.truecoding.assistant.fake.FakeLlmServer;
import dev.truecoding.assistant.fake.OpenAiWire;
import dev.truecoding.support.ApplicationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A generation whose model (an OpenAI-compatible fake: 12 tokens in, 7 out per answer, priced here at 2 and 8 per
 * million) keeps writing a file that fails validation: the run ends FAILED with the budget's message, nothing is
 * committed or deployed, the project can be generated again, and what the model cost is on the project page.
 */
@TestPropertySource(properties = {"truecoding.generation.npm=false", "truecoding.generation.writer.fix-rounds=5",
        "truecoding.generation.budget.tokens=39", "truecoding.ai.prices.gpt-test.input-per-mtok=2",
        "truecoding.ai.prices.gpt-test.output-per-mtok=8"})
class CodeBudgetRunTests extends ApplicationTest {

    static final FakeLlmServer model = new FakeLlmServer(OpenAiWire.PATH);
    private static final String TIMER = "src/components/CookingTimer.tsx";
    private static final String DATA = "src/data/timer.json";

    @DynamicPropertySource
    static void useTheFakeModel(DynamicPropertyRegistry registry) {
        registry.add("truecoding.assistant.provider", () -> "openai");
        registry.add("truecoding.assistant.openai.api-key", () -> "sk-test-key");
        registry.add("truecoding.assistant.openai.base-url", () -> model.baseUrl() + "/v1");
        registry.add("truecoding.assistant.openai.model", () -> "gpt-test");
    }

    @AfterAll
    static void stop() {
        model.close();
    }

    @Test
    void theBudgetStopsTheFixRoundsAndTheRunFailsWithItsMessageHavingCommittedNothing() throws Exception {
        int before = model.requests().size();
        // Another malformed JSON each time, so the error changes and only the budget (39 tokens) stops the rounds.
        for (String token : new String[] {"x", "y", "z"}) {
            answers(Map.of(TIMER, timer(), DATA, "{\"minutes\": 10 " + token + "}"));
        }
        ApiUser ada = signUp();
        String project = projectWithATimer(ada);

        JsonNode run = api(ada).awaitGeneration(generate(ada, project));

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("FAILED");
        assertThat(run.get("errorMessage").asString())
                .startsWith("Stopped after 2 fix rounds and 57 tokens (0.0002 USD; the budget of 39 tokens is spent): "
                        + "\"static\" still fails at " + DATA + ": not well-formed: Unexpected character ('z'")
                .endsWith("Nothing was committed; generate again to retry, or change the plan.");
        assertThat(model.requests().size() - before).as("the write and two fixes").isEqualTo(3);
        assertThat(run.hasNonNull("commitSha")).isFalse();
        assertThat(api(ada).get("/api/projects/" + project + "/files").size()).as("nothing committed").isZero();
        assertThat(api(ada).get("/api/projects/" + project + "/deployments").size()).as("nothing deployed").isZero();
        JsonNode after = api(ada).get("/api/projects/" + project);
        assertThat(after.get("status").asString()).isEqualTo("FAILED");
        assertThat(after.get("failedPhase").asString()).isEqualTo("GENERATING");

        // 36 tokens in (pt-BR's space after the currency is a no-break one) at 2 and 21 out at 8 per million: 0.00024.
        Element usage = projectPage(ada, project, "en").selectFirst("#project-usage");
        assertThat(usage.selectFirst(".usage-total").text()).isEqualTo("57 tokens · $0.0002");
        assertThat(usage.text()).contains("36 tokens in, 21 out", "Models: gpt-test");
        Element usagePt = projectPage(ada, project, "pt-BR").selectFirst("#project-usage");
        assertThat(usagePt.selectFirst(".usage-total").text().replace('\u00a0', ' ')).isEqualTo("57 tokens · US$ 0,0002");
        assertThat(usagePt.text()).contains("36 tokens de entrada, 21 de saída", "Modelos: gpt-test");
    }

    @Test
    void theSameErrorTwiceStopsEarlyAndTheProjectCanBeGeneratedAgain() throws Exception {
        int before = model.requests().size();
        answers(Map.of(TIMER, timer(), DATA, "{\"minutes\": 10 x}"));
        answers(Map.of(TIMER, timer() + "// fixed?\n", DATA, "{\"minutes\": 10 x}"));
        ApiUser ada = signUp();
        String project = projectWithATimer(ada);

        JsonNode run = api(ada).awaitGeneration(generate(ada, project));

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("FAILED");
        assertThat(run.get("errorMessage").asString()).startsWith("Stopped after 1 fix round and 38 tokens (0.0002 USD; "
                + "the last fix brought back the same error): \"static\" still fails at " + DATA);
        assertThat(model.requests().size() - before).as("one fix of the five allowed").isEqualTo(2);
        assertThat(api(ada).get("/api/projects/" + project + "/files").size()).isZero();

        answers(Map.of(TIMER, timer(), DATA, "{\"minutes\": 10}"));
        JsonNode again = api(ada).awaitGeneration(generate(ada, project));
        assertThat(again.get("status").asString()).as(again.toString()).isEqualTo("SUCCEEDED");
        assertThat(api(ada).get("/api/projects/" + project + "/files").valueStream()
                .map(file -> file.get("path").asString())).contains(TIMER, DATA);
        assertThat(projectPage(ada, project, "en").selectFirst("#project-usage .usage-total").text())
                .as("both runs' three answers").isEqualTo("57 tokens · $0.0002");
    }

    @Test
    void aGenerationsOwnBudgetLowersTheSettingsAndABadOneIsRefusedBeforeAnythingStarts() throws Exception {
        int before = model.requests().size();
        for (String token : new String[] {"x", "y"}) {
            answers(Map.of(TIMER, timer(), DATA, "{\"minutes\": 10 " + token + "}"));
        }
        ApiUser ada = signUp();
        String project = projectWithATimer(ada);

        var refused = mvc.perform(post("/api/generate").header("Authorization", ada.bearer())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content("{\"projectId\": \"" + project + "\", \"budget\": {\"tokens\": -1}}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("budget.tokens");
        assertThat(api(ada).get("/api/projects/" + project).get("status").asString()).isEqualTo("CONNECTING");

        String runId = body(mvc.perform(post("/api/generate").header("Authorization", ada.bearer())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("{\"projectId\": \"" + project + "\", \"budget\": {\"tokens\": 20}}"))
                .andExpect(status().isAccepted()).andReturn()).get("id").asString();
        JsonNode run = api(ada).awaitGeneration(runId);

        assertThat(run.get("errorMessage").asString()).as(run.toString())
                .startsWith("Stopped after 1 fix round and 38 tokens (0.0002 USD; the budget of 20 tokens is spent)");
        assertThat(model.requests().size() - before).isEqualTo(2);
    }

    private static String timer() {
        return "export function CookingTimer() {\n  return <p>10:00</p>;\n}\n";
    }

    private static void answers(Map<String, String> files) {
        String answer = FakeModel.answer(new LinkedHashMap<>(files), "CookingTimer");
        model.enqueue(OpenAiWire.stream(answer.substring(0, answer.length() / 2), answer.substring(answer.length() / 2)));
    }

    /** A component no template builds, so the code writer has something to write. */
    private String projectWithATimer(ApiUser person) throws Exception {
        return api(person).approvedProject("Timer", GenerationApiTests.plan().replace(
                "{\"name\": \"RecipeList\", \"description\": \"A table of recipes\"}",
                "{\"name\": \"RecipeList\", \"description\": \"A table of recipes\"}, "
                        + "{\"name\": \"CookingTimer\", \"description\": \"Counts down a recipe's cooking time\"}"));
    }

    private String generate(ApiUser person, String project) throws Exception {
        return body(mvc.perform(post("/api/generate").header("Authorization", person.bearer())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(new GenerationRequest(project, null))))
                .andExpect(status().isAccepted()).andReturn()).get("id").asString();
    }

    private org.jsoup.nodes.Document projectPage(ApiUser person, String project, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get("/projects/" + project).session(person.session())
                        .header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
