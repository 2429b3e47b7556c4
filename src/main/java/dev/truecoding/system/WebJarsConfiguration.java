package dev.truecoding.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * WebJars (Mermaid, highlight.js) under {@code /webjars/<name>/<version>/…}: a path names one version's file,
 * which never changes, so browsers may keep it for a year instead of fetching Mermaid's 3 MB on every workspace.
 */
@Configuration(proxyBeanMethods = false)
class WebJarsConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }
}
