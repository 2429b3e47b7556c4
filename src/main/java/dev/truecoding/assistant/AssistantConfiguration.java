package dev.truecoding.assistant;

import dev.truecoding.assistant.model.ModelClient;
import dev.truecoding.assistant.model.ModelProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Chooses the one {@link Assistant} the application talks to: {@code ASSISTANT_PROVIDER} when set
 * ({@code anthropic}, {@code openai}, {@code ollama} or {@code guided}), otherwise the first provider whose
 * settings are present (Anthropic key, OpenAI key or address, Ollama address), otherwise the guided assistant.
 * A chosen provider also gives the {@link CodeModel}, on the same client; with the guided assistant there is none.
 */
@Configuration(proxyBeanMethods = false)
public class AssistantConfiguration {

    static final String GUIDED = "guided";

    private static final Logger log = LoggerFactory.getLogger(AssistantConfiguration.class);

    /** @param client the chosen provider's client, or null for the guided assistant */
    record Choice(String id, ModelClient client) {
    }

    @Bean
    Choice assistantChoice(@Value("${truecoding.assistant.provider:}") String provider, List<ModelProvider> providers) {
        String chosen = choose(provider, providers);
        return new Choice(chosen, chosen.equals(GUIDED) ? null
                : providers.stream().filter(p -> p.id().equals(chosen)).findFirst().orElseThrow().client());
    }

    @Bean
    @Primary
    Assistant assistant(Choice choice, @Qualifier("guidedAssistant") Assistant guided) {
        Assistant assistant = choice.client() == null ? guided : choice.client().assistant();
        log.info("Assistant: {} (provider {}), model {}", assistant.identity().provider(), choice.id(),
                assistant.identity().model());
        return assistant;
    }

    /**
     * Null (Spring's "null bean") with the guided assistant, which writes no code: {@code Optional<CodeModel>}
     * is then empty and {@code ObjectProvider<CodeModel>} has nothing available.
     */
    @Bean
    CodeModel codeModel(Choice choice) {
        return choice.client() == null ? null : choice.client().codeModel();
    }

    /** @throws IllegalStateException naming the accepted values when {@code provider} is none of them */
    static String choose(String provider, List<ModelProvider> providers) {
        if (provider != null && !provider.isBlank()) {
            String wanted = provider.strip().toLowerCase(Locale.ROOT);
            if (wanted.equals(GUIDED) || providers.stream().anyMatch(p -> p.id().equals(wanted))) {
                return wanted;
            }
            throw new IllegalStateException("ASSISTANT_PROVIDER must be one of "
                    + providers.stream().map(ModelProvider::id).collect(Collectors.joining(", ")) + ", " + GUIDED
                    + "; it is \"" + provider + "\"");
        }
        return providers.stream().filter(ModelProvider::configured).map(ModelProvider::id).findFirst().orElse(GUIDED);
    }
}
