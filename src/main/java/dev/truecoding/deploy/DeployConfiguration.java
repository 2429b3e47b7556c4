package dev.truecoding.deploy;

import dev.truecoding.deploy.builtin.AppProxyFilter;
import dev.truecoding.toolchain.Toolchain;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import java.nio.file.Path;

/**
 * The built-in deployer, its proxy and its lifecycle. The proxy filter is ordered before every other filter
 * that could read a request body (Spring's form filter, True Coding's request size limit) and before Spring
 * Security (order -100): live apps are public sites with their own sessions and forms.
 */
@Configuration(proxyBeanMethods = false)
class DeployConfiguration {

    static final int PROXY_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 5;

    @Bean
    BuiltInDeployer builtInDeployer(@Value("${truecoding.data-dir:./data}") Path dataDir, DeploySettings settings,
                                    PreviewSettings previews, Toolchain toolchain,
                                    @Value("${server.port:8080}") int serverPort) {
        return new BuiltInDeployer(dataDir, settings, previews, toolchain, serverPort);
    }

    @Bean
    FilterRegistrationBean<AppProxyFilter> appProxyFilter(BuiltInDeployer deployer, DeploySettings settings) {
        AppProxyFilter filter = new AppProxyFilter(deployer.routes(), settings.baseDomain(),
                settings.healthCheckTimeout(), settings.maxRequestBytes());
        FilterRegistrationBean<AppProxyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(PROXY_FILTER_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    ApplicationListener<WebServerInitializedEvent> deployPortListener(BuiltInDeployer deployer,
                                                                      DeploySettings settings) {
        return event -> {
            if (event.getApplicationContext().getServerNamespace() == null) {
                deployer.serverPort(event.getWebServer().getPort());
            }
        };
    }

    @Bean
    DeployLifecycle deployLifecycle(BuiltInDeployer deployer, DeploySettings settings) {
        return new DeployLifecycle(deployer, settings.restoreOnStart());
    }

    /**
     * Starts the recorded live apps in the background when True Coding starts, and stops every app when it
     * stops, after the web server has finished its requests (a lower phase stops later).
     */
    static final class DeployLifecycle implements SmartLifecycle {

        private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DeployLifecycle.class);

        private final BuiltInDeployer deployer;
        private final boolean restore;
        private volatile boolean running;

        DeployLifecycle(BuiltInDeployer deployer, boolean restore) {
            this.deployer = deployer;
            this.restore = restore;
        }

        @Override
        public void start() {
            deployer.reopen(); // started again after a stop (a paused context resumed): take apps again
            running = true;
            if (restore) {
                Thread.ofVirtual().name("deploy-restore").start(() -> {
                    try {
                        deployer.restore();
                    } catch (Exception e) {
                        log.warn("Live apps could not all be started again", e);
                    }
                });
            }
        }

        @Override
        public void stop() {
            deployer.close();
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return 0;
        }
    }
}
