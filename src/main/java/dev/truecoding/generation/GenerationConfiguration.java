package dev.truecoding.generation;

import dev.truecoding.assistant.CodeModel;
import dev.truecoding.toolchain.Toolchain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The generator and its validator as beans; the validator runs npm through the toolchain. The code writer
 * exists only with a model to write (Spring's "null bean" otherwise): inject it as {@code Optional<CodeWriter>}.
 */
@Configuration(proxyBeanMethods = false)
class GenerationConfiguration {

    @Bean
    AppGenerator appGenerator() {
        return new AppGenerator();
    }

    @Bean
    CodeValidator codeValidator(@Value("${truecoding.data-dir:./data}") Path dataDir, Toolchain toolchain,
                                @Value("${truecoding.generation.npm:true}") boolean npm,
                                @Value("${truecoding.generation.step-timeout:10m}") String stepTimeout,
                                @Value("${truecoding.generation.concurrent-steps:auto}") String concurrentSteps) {
        // Parsed here rather than bound, so the bean also works in the plain contexts some tests build.
        Duration timeout = DurationStyle.detectAndParse(stepTimeout);
        CodeValidator.Settings settings = switch (concurrentSteps.strip().toLowerCase(Locale.ROOT)) {
            case "", "auto" -> new CodeValidator.Settings(npm, timeout, timeout);
            case "true", "false" -> new CodeValidator.Settings(npm, timeout, timeout, Boolean.parseBoolean(concurrentSteps.strip()));
            default -> throw new IllegalArgumentException("truecoding.generation.concurrent-steps (TRUECODING_GENERATION_CONCURRENT_STEPS) "
                    + "must be auto, true or false, not \"" + concurrentSteps + "\"");
        };
        return new CodeValidator(dataDir, toolchain, settings);
    }

    @Bean
    CodeWriter codeWriter(ObjectProvider<CodeModel> model, CodeWriterSettings settings, CodeBudget budget) {
        CodeModel available = model.getIfAvailable();
        return available == null ? null : new CodeWriter(available, settings, budget);
    }
}
