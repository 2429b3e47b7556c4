package dev.truecoding.assistant;

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
 */
@Configuration(proxyBeanMethods = false)
public class AssistantConfiguration {

    static final String GUIDED = "guided";

    private static final Logger log = LoggerFactory.getLogger(AssistantConfiguration.class);

    @Bean
    @Primary
    Assistant assistant(@Value("${truecoding.assistant.provider:}") String provider, List<ModelProvider> providers,
                        @Qualifier("guidedAssistant") Assistant guided) {
        String chosen = choose(provider, providers);
        Assistant assistant = chosen.equals(GUIDED)
                ? guided
                : providers.stream().filter(p -> p.id().equals(chosen)).findFirst().orElseThrow().create();
        log.info("Assistant: {} (provider {}), model {}", assistant.identity().provider(), chosen, assistant.identity().model());
        return assistant;
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
