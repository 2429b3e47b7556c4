package dev.truecoding.generation;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CodeWriterBeanTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withAllowBeanDefinitionOverriding(true) // the assistant's test configuration defines planValidator too
            .withUserConfiguration(FakeModel.Modules.class, Pipeline.class)
            .withPropertyValues("truecoding.data-dir=target/code-writer-tests");

    /** Injects the writer as the generation pipeline does. */
    static class Pipeline {
        final Optional<CodeWriter> writer;

        Pipeline(Optional<CodeWriter> writer) {
            this.writer = writer;
        }
    }

    @Test
    void withTheGuidedAssistantThereIsNoCodeWriter() {
        context.run(app -> assertThat(app.getBean(Pipeline.class).writer).isEmpty());
    }

    @Test
    void aConfiguredProviderGivesTheCodeWriterWithTheDefaultBounds() {
        context.withPropertyValues("truecoding.assistant.anthropic.api-key=test-key")
                .run(app -> {
                    assertThat(app.getBean(Pipeline.class).writer).get()
                            .extracting(writer -> writer.model().model()).isEqualTo("claude-sonnet-4-5");
                    assertThat(app.getBean(CodeWriterSettings.class)).isEqualTo(CodeWriterSettings.defaults());
                });
    }

    @Test
    void theBoundsAreSettings() {
        context.withPropertyValues("truecoding.assistant.ollama.base-url=http://localhost:11434",
                        "truecoding.generation.writer.max-files=5", "truecoding.generation.writer.max-file-size=16KB")
                .run(app -> {
                    CodeWriterSettings settings = app.getBean(CodeWriterSettings.class);
                    assertThat(settings.maxFiles()).isEqualTo(5);
                    assertThat(settings.maxFileSize().toBytes()).isEqualTo(16 * 1024);
                    assertThat(settings.maxTotalSize().toKilobytes()).isEqualTo(256);
                });
    }
}
