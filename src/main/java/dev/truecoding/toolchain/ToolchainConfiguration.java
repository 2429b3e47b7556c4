package dev.truecoding.toolchain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/** The toolchain as a bean; what the sandbox can do here is said once at start. */
@Configuration(proxyBeanMethods = false)
class ToolchainConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ToolchainConfiguration.class);

    @Bean
    Toolchain toolchain(@Value("${truecoding.data-dir:./data}") Path dataDir, SandboxSettings settings) {
        Toolchain toolchain = new Toolchain(dataDir, settings);
        Sandbox sandbox = toolchain.sandbox();
        if (sandbox.state() == Sandbox.State.CONFINED) {
            log.info(sandbox.describe());
        } else {
            log.warn(sandbox.describe());
        }
        return toolchain;
    }
}
