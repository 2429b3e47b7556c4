package dev.truecoding.assistant.anthropic;

import dev.truecoding.assistant.Assistant;
import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.assistant.CodeModel;
import dev.truecoding.assistant.fake.AnthropicWire;
import dev.truecoding.assistant.fake.FakeLlmServer.Reply;
import dev.truecoding.assistant.fake.ProviderContract;
import dev.truecoding.assistant.model.RetryPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnthropicAssistantTests extends ProviderContract {

    @Override
    protected String path() {
        return AnthropicWire.PATH;
    }

    @Override
    protected Assistant assistant(String baseUrl) {
        return provider(baseUrl).create();
    }

    @Override
    protected CodeModel codeModel(String baseUrl) {
        return provider(baseUrl).client().codeModel();
    }

    private static AnthropicProvider provider(String baseUrl) {
        var settings = new AnthropicSettings(API_KEY, "claude-test", baseUrl, 1024);
        return new AnthropicProvider(settings, new RetryPolicy(3, Duration.ofMillis(1), Duration.ofSeconds(2)), VALIDATOR);
    }

    @Override
    protected Reply stream(String... chunks) {
        return AnthropicWire.stream(chunks);
    }

    @Override
    protected Reply rateLimited(String retryAfter) {
        return AnthropicWire.rateLimited(retryAfter);
    }

    @Override
    protected Reply overloaded() {
        return AnthropicWire.overloaded();
    }

    @Override
    protected Reply errorAfter(String... chunks) {
        return AnthropicWire.overloadedAfter(chunks);
    }

    @Override
    protected Reply refusedKey() {
        return AnthropicWire.error(401, "authentication_error", "invalid x-api-key", Map.of());
    }

    @Override
    protected AssistantReply.Usage reportedUsage() {
        return new AssistantReply.Usage(AnthropicWire.INPUT_TOKENS, AnthropicWire.OUTPUT_TOKENS);
    }

    @Override
    protected String urlVariable() {
        return "ANTHROPIC_BASE_URL";
    }

    @Test
    void anOverloadedErrorEventBeforeTheFirstTokenIsRetried() {
        server.enqueue(AnthropicWire.overloadedAfter(), stream("Recovered."));

        AssistantReply reply = assistant(server.baseUrl()).reply(discovery("Hi"), new RecordingSink());

        assertThat(reply.text()).isEqualTo("Recovered.");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void theCodeModelAsksAgainWhenAnAnswerBreaksHalfway() {
        server.enqueue(AnthropicWire.overloadedAfter("{\"files\": [{\"path\""), stream("{\"files\": []}"));

        assertThat(codeModel(server.baseUrl()).complete("system", "user").text()).isEqualTo("{\"files\": []}");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void sendsTheKeyTheVersionAndTheModel() {
        server.enqueue(stream("Hi."));

        assistant(server.baseUrl()).reply(discovery("Hi"), new RecordingSink());

        assertThat(server.requestHeaders().getFirst()).containsEntry("X-api-key", java.util.List.of(API_KEY))
                .containsKey("Anthropic-version");
        assertThat(server.requests().getFirst()).contains("\"model\":\"claude-test\"", "\"stream\":true");
    }
}
