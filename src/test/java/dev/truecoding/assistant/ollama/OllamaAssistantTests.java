package dev.truecoding.assistant.ollama;

import dev.truecoding.assistant.Assistant;
import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.assistant.CodeModel;
import dev.truecoding.assistant.fake.FakeLlmServer.Reply;
import dev.truecoding.assistant.fake.OllamaWire;
import dev.truecoding.assistant.fake.ProviderContract;
import dev.truecoding.assistant.model.RetryPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OllamaAssistantTests extends ProviderContract {

    @Override
    protected String path() {
        return OllamaWire.PATH;
    }

    @Override
    protected Assistant assistant(String baseUrl) {
        return provider(baseUrl).create();
    }

    @Override
    protected CodeModel codeModel(String baseUrl) {
        return provider(baseUrl).client().codeModel();
    }

    private static OllamaProvider provider(String baseUrl) {
        var settings = new OllamaSettings(baseUrl, "llama-test");
        return new OllamaProvider(settings, new RetryPolicy(3, Duration.ofMillis(1), Duration.ofSeconds(2)), VALIDATOR);
    }

    @Override
    protected Reply stream(String... chunks) {
        return OllamaWire.stream(chunks);
    }

    @Override
    protected Reply rateLimited(String retryAfter) {
        return OllamaWire.error(429, "too many requests", Map.of("Retry-After", retryAfter));
    }

    @Override
    protected Reply overloaded() {
        return OllamaWire.error(503, "server busy, please try again", Map.of());
    }

    @Override
    protected Reply errorAfter(String... chunks) {
        return OllamaWire.errorAfter(chunks);
    }

    @Override
    protected Reply refusedKey() {
        return OllamaWire.error(401, "unauthorized", Map.of());
    }

    @Override
    protected AssistantReply.Usage reportedUsage() {
        return new AssistantReply.Usage(OllamaWire.PROMPT_EVAL_COUNT, OllamaWire.EVAL_COUNT);
    }

    @Override
    protected String urlVariable() {
        return "OLLAMA_BASE_URL";
    }

    @Test
    void aMissingModelNamesTheSetting() {
        server.enqueue(OllamaWire.error(404, "model \"llama-test\" not found, try pulling it first", Map.of()));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assistant(server.baseUrl()).reply(discovery("Hi"), new RecordingSink()))
                .hasMessageContaining("does not offer the model \"llama-test\"")
                .hasMessageContaining("OLLAMA_MODEL");
    }

    @Test
    void writesThePlanInJsonMode() {
        server.enqueue(stream("Ready.\n[[PLAN_READY]]"), stream(resource("plans/full-business-plan.json")));

        AssistantReply reply = assistant(server.baseUrl()).reply(discovery("Done"), new RecordingSink());

        assertThat(reply.planReady()).isTrue();
        assertThat(server.requests().get(1)).contains("\"format\":\"json\"");
        assertThat(server.requests().get(0)).doesNotContain("\"format\"");
    }
}
