package dev.truecoding.assistant.openai;

import dev.truecoding.assistant.Assistant;
import dev.truecoding.assistant.AssistantPhase;
import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.assistant.CodeModel;
import dev.truecoding.assistant.AssistantRequest;
import dev.truecoding.assistant.fake.FakeLlmServer.Reply;
import dev.truecoding.assistant.fake.OpenAiWire;
import dev.truecoding.assistant.fake.ProviderContract;
import dev.truecoding.assistant.model.RetryPolicy;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAiAssistantTests extends ProviderContract {

    @Override
    protected String path() {
        return OpenAiWire.PATH;
    }

    @Override
    protected Assistant assistant(String baseUrl) {
        return provider(baseUrl).create();
    }

    @Override
    protected CodeModel codeModel(String baseUrl) {
        return provider(baseUrl).client().codeModel();
    }

    private static OpenAiProvider provider(String baseUrl) {
        var settings = new OpenAiSettings(API_KEY, baseUrl + "/v1", "gpt-test", true);
        return new OpenAiProvider(settings, new RetryPolicy(3, Duration.ofMillis(1), Duration.ofSeconds(2)), VALIDATOR);
    }

    @Override
    protected Reply stream(String... chunks) {
        return OpenAiWire.stream(chunks);
    }

    @Override
    protected Reply rateLimited(String retryAfter) {
        return OpenAiWire.rateLimited(retryAfter);
    }

    @Override
    protected Reply overloaded() {
        return OpenAiWire.unavailable();
    }

    @Override
    protected Reply errorAfter(String... chunks) {
        return OpenAiWire.errorAfter(chunks);
    }

    @Override
    protected Reply refusedKey() {
        return OpenAiWire.error(401, "invalid_api_key", "Incorrect API key provided", Map.of());
    }

    @Override
    protected AssistantReply.Usage reportedUsage() {
        return new AssistantReply.Usage(OpenAiWire.PROMPT_TOKENS, OpenAiWire.COMPLETION_TOKENS);
    }

    @Override
    protected String urlVariable() {
        return "OPENAI_BASE_URL";
    }

    @Test
    void skipsOpenRouterCommentLines() {
        server.enqueue(OpenAiWire.streamWithComments("Routed", " through OpenRouter."));
        var sink = new RecordingSink();

        AssistantReply reply = assistant(server.baseUrl()).reply(discovery("Hi"), sink);

        assertThat(sink.chunks).containsExactly("Routed", " through OpenRouter.");
        assertThat(reply.usage()).isEqualTo(reportedUsage());
    }

    @Test
    void estimatesUsageWhenTheServerSendsNone() {
        server.enqueue(OpenAiWire.streamWithoutUsage("LM Studio sends no usage chunk."));

        AssistantReply reply = assistant(server.baseUrl()).reply(discovery("Hi"), new RecordingSink());

        assertThat(reply.text()).isEqualTo("LM Studio sends no usage chunk.");
        assertThat(reply.usage().outputTokens()).isEqualTo(("LM Studio sends no usage chunk.".length() + 3) / 4);
        assertThat(reply.usage().inputTokens()).isPositive();
    }

    @Test
    void quotaExhaustionIsNotRetried() {
        server.enqueue(OpenAiWire.error(429, "insufficient_quota", "You exceeded your current quota", Map.of()), stream("no"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assistant(server.baseUrl()).reply(discovery("Hi"), new RecordingSink()))
                .hasMessageContaining("did not accept the request (HTTP 429)");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void writesTheTechnicalPlanInJsonModeWhilePlanning() {
        BusinessPlan business = VALIDATOR.parse(BusinessPlan.class, resource("plans/full-business-plan.json"));
        String technical = resource("plans/full-technical-plan.json");
        server.enqueue(stream("The data model is ready.\n[[PLAN_READY]]"), stream(pieces(technical)));
        var request = new AssistantRequest(AssistantPhase.PLANNING, List.of(), "Looks good", business, null);

        AssistantReply reply = assistant(server.baseUrl()).reply(request, new RecordingSink());

        assertThat(reply.planReady()).isTrue();
        assertThat(reply.technicalPlan()).isEqualTo(VALIDATOR.parse(TechnicalPlan.class, technical));
        assertThat(reply.businessPlan()).isNull();
        assertThat(server.requests().get(0)).contains("technical planner", "Next.js", business.name())
                .doesNotContain("response_format");
        assertThat(server.requests().get(1)).contains("\"response_format\":{\"type\":\"json_object\"}");
        assertThat(server.requestHeaders().get(0)).containsEntry("Authorization", List.of("Bearer " + API_KEY));
    }
}
