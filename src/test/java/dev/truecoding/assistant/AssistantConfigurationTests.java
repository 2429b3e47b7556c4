package dev.truecoding.assistant;

import dev.truecoding.assistant.model.ModelClient;
import dev.truecoding.assistant.model.ModelProvider;
import dev.truecoding.plan.PlanValidator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssistantConfigurationTests {

    /** The assistant module as the application scans it, guided assistant included. */
    @Configuration
    @ComponentScan("dev.truecoding.assistant")
    @ConfigurationPropertiesScan("dev.truecoding.assistant")
    static class Module {
        @Bean
        PlanValidator planValidator() {
            return new PlanValidator();
        }
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Module.class);

    @Test
    void withNothingConfiguredTheGuidedAssistantIsPrimary() {
        context.run(app -> assertThat(app.getBean(Assistant.class).identity().provider()).isEqualTo("Guided assistant"));
    }

    @Test
    void anAnthropicKeyWinsOverTheOthers() {
        context.withPropertyValues("truecoding.assistant.anthropic.api-key=sk-ant-x",
                        "truecoding.assistant.openai.api-key=sk-x", "truecoding.assistant.ollama.base-url=http://localhost:11434")
                .run(app -> assertThat(app.getBean(Assistant.class).identity())
                        .isEqualTo(new AssistantIdentity("Anthropic", "claude-sonnet-4-5")));
    }

    @Test
    void anOpenAiBaseUrlAloneChoosesOpenAiCompatible() {
        context.withPropertyValues("truecoding.assistant.openai.base-url=http://localhost:1234/v1",
                        "truecoding.assistant.openai.model=qwen3", "truecoding.assistant.ollama.base-url=http://localhost:11434")
                .run(app -> assertThat(app.getBean(Assistant.class).identity())
                        .isEqualTo(new AssistantIdentity("OpenAI-compatible", "qwen3")));
    }

    @Test
    void anOllamaAddressChoosesOllama() {
        context.withPropertyValues("truecoding.assistant.ollama.base-url=http://localhost:11434")
                .run(app -> assertThat(app.getBean(Assistant.class).identity())
                        .isEqualTo(new AssistantIdentity("Ollama", "llama3.2")));
    }

    @Test
    void theProviderSettingOverridesTheDefault() {
        context.withPropertyValues("truecoding.assistant.provider=guided", "truecoding.assistant.anthropic.api-key=sk-ant-x")
                .run(app -> assertThat(app.getBean(Assistant.class).identity().provider()).isEqualTo("Guided assistant"));
        context.withPropertyValues("truecoding.assistant.provider=Ollama")
                .run(app -> assertThat(app.getBean(Assistant.class).identity().provider()).isEqualTo("Ollama"));
    }

    @Test
    void anUnknownProviderStopsTheStartWithTheAcceptedValues() {
        context.withPropertyValues("truecoding.assistant.provider=gemini")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("anthropic, openai, ollama, guided").hasMessageContaining("gemini"));
    }

    @Test
    void anthropicChosenWithoutAKeyStopsTheStart() {
        context.withPropertyValues("truecoding.assistant.provider=anthropic")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause().hasMessageContaining("ANTHROPIC_API_KEY"));
    }

    @Test
    void withTheGuidedAssistantThereIsNoCodeModel() {
        context.withUserConfiguration(CodeModelUser.class).run(app -> {
            assertThat(app.getBean(CodeModelUser.class).model).isEmpty();
            assertThat(app.getBeanProvider(CodeModel.class).getIfAvailable()).isNull();
            assertThat(app.getBeansOfType(CodeModel.class)).isEmpty();
        });
        context.withUserConfiguration(CodeModelUser.class)
                .withPropertyValues("truecoding.assistant.provider=guided", "truecoding.assistant.anthropic.api-key=sk-ant-x")
                .run(app -> assertThat(app.getBean(CodeModelUser.class).model).isEmpty());
    }

    @Test
    void aChosenProviderAlsoGivesTheCodeModel() {
        context.withUserConfiguration(CodeModelUser.class)
                .withPropertyValues("truecoding.assistant.ollama.base-url=http://localhost:11434")
                .run(app -> assertThat(app.getBean(CodeModelUser.class).model).get()
                        .extracting(CodeModel::identity).isEqualTo(new AssistantIdentity("Ollama", "llama3.2")));
    }

    /** Injects the code model as other modules do. */
    static class CodeModelUser {
        final Optional<CodeModel> model;

        CodeModelUser(Optional<CodeModel> model) {
            this.model = model;
        }
    }

    @Test
    void choosesTheFirstConfiguredInOrder() {
        assertThat(AssistantConfiguration.choose("", List.of(provider("a", false), provider("b", true), provider("c", true))))
                .isEqualTo("b");
        assertThat(AssistantConfiguration.choose(null, List.of(provider("a", false)))).isEqualTo("guided");
        assertThatThrownBy(() -> AssistantConfiguration.choose("x", List.of(provider("a", false))))
                .hasMessageContaining("must be one of a, guided");
    }

    private static ModelProvider provider(String id, boolean configured) {
        return new ModelProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public boolean configured() {
                return configured;
            }

            @Override
            public ModelClient client() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
