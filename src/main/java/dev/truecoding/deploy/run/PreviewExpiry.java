package dev.truecoding.deploy.run;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.truecoding.deploy.DeploymentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.time.Duration;

/**
 * Every minute, previews whose time is up ({@code truecoding.deploy.preview.ttl}) are stopped and their copies of
 * the data deleted; a recurring job of the run kernel's scheduler (the one that also sweeps runs).
 */
@Configuration(proxyBeanMethods = false)
class PreviewExpiry {

    private static final Logger log = LoggerFactory.getLogger(PreviewExpiry.class);

    @Bean
    RecurringTask<Void> previewExpiryTask(@Lazy DeploymentService deployments) {
        return Tasks.recurring("deploy-preview-expiry", FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> {
                    try {
                        int stopped = deployments.expirePreviews();
                        if (stopped > 0) {
                            log.info("Stopped {} expired previews", stopped);
                        }
                    } catch (java.io.IOException e) {
                        log.warn("Expired previews could not all be cleaned up: {}", e.getMessage());
                    }
                });
    }
}
