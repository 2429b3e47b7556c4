package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.Assistant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exposes the guided assistant as the bean {@code guidedAssistant}; which assistant answers is chosen elsewhere. */
@Configuration(proxyBeanMethods = false)
public class GuidedAssistantConfiguration {

    @Bean
    public Assistant guidedAssistant() {
        return new GuidedAssistant();
    }
}
