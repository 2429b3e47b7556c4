package dev.truecoding.generation;

import dev.truecoding.assistant.CodeModel;
import dev.truecoding.assistant.fake.AnthropicWire;
import dev.truecoding.assistant.fake.FakeLlmServer;
import dev.truecoding.assistant.fake.FakeLlmServer.Reply;
import dev.truecoding.assistant.fake.OllamaWire;
import dev.truecoding.assistant.fake.OpenAiWire;
import dev.truecoding.plan.PlanValidator;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The assistant and generation modules wired as the application wires them, with the chosen provider pointed at
 * a fake server speaking its wire format: what the {@link CodeWriter} gets in production, minus the network.
 */
final class FakeModel implements AutoCloseable {

    enum Wire {
        ANTHROPIC(AnthropicWire.PATH, AnthropicWire::stream, url -> List.of("truecoding.assistant.provider=anthropic",
                "truecoding.assistant.anthropic.api-key=test-key", "truecoding.assistant.anthropic.base-url=" + url,
                "truecoding.assistant.anthropic.model=claude-test")),
        OPENAI(OpenAiWire.PATH, OpenAiWire::stream, url -> List.of("truecoding.assistant.provider=openai",
                "truecoding.assistant.openai.api-key=test-key", "truecoding.assistant.openai.base-url=" + url + "/v1",
                "truecoding.assistant.openai.model=gpt-test")),
        OLLAMA(OllamaWire.PATH, OllamaWire::stream, url -> List.of("truecoding.assistant.provider=ollama",
                "truecoding.assistant.ollama.base-url=" + url, "truecoding.assistant.ollama.model=llama-test"));

        final String path;
        final Function<String[], Reply> stream;
        final Function<String, List<String>> properties;

        Wire(String path, Function<String[], Reply> stream, Function<String, List<String>> properties) {
            this.path = path;
            this.stream = stream;
            this.properties = properties;
        }
    }

    /** Not a {@code @Configuration}, so that the application's own scan in other tests leaves it alone. */
    @ComponentScan({"dev.truecoding.assistant", "dev.truecoding.toolchain"})
    @ConfigurationPropertiesScan({"dev.truecoding.assistant", "dev.truecoding.generation", "dev.truecoding.toolchain"})
    @Import(GenerationConfiguration.class)
    static class Modules {
        @Bean
        PlanValidator planValidator() {
            return new PlanValidator();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final FakeLlmServer server;
    private final Wire wire;
    private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();

    FakeModel(Wire wire) {
        this.wire = wire;
        this.server = new FakeLlmServer(wire.path);
        List<String> properties = new ArrayList<>(wire.properties.apply(server.baseUrl()));
        properties.addAll(List.of("truecoding.assistant.retry.initial-backoff=1ms",
                "truecoding.assistant.retry.max-backoff=5ms", "truecoding.data-dir=target/code-writer-tests"));
        TestPropertyValues.of(properties).applyTo(context);
        context.register(Modules.class);
        context.refresh();
    }

    CodeModel model() {
        return context.getBean(CodeModel.class);
    }

    CodeWriter writer() {
        return context.getBean(CodeWriter.class);
    }

    /** Scripts the model's next answer, streamed in a few pieces as a model sends it. */
    FakeModel answers(String text) {
        int size = Math.max(1, text.length() / 4);
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < text.length(); i += size) {
            pieces.add(text.substring(i, Math.min(text.length(), i + size)));
        }
        server.enqueue(wire.stream.apply(pieces.toArray(String[]::new)));
        return this;
    }

    /** The answer's JSON: files (path → content, in order) and the subjects said to be implemented. */
    static String answer(Map<String, String> files, String... implemented) {
        List<Map<String, String>> list = new ArrayList<>();
        files.forEach((path, content) -> list.add(Map.of("path", path, "content", content)));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("files", list);
        answer.put("implemented", List.of(implemented));
        return JSON.writeValueAsString(answer);
    }

    /** The text of the last request's prompt, JSON escapes undone so assertions read like the prompt. */
    String lastPrompt() {
        return server.requests().getLast().replace("\\n", "\n").replace("\\\"", "\"");
    }

    @Override
    public void close() {
        context.close();
        server.close();
    }
}
