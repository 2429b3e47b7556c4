package dev.truecoding.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Chromium of its own for each test ({@link Browser#start}), quit when the test ends: a browser test takes it as
 * a {@link WebDriver} parameter of its {@code @BeforeEach} or {@code @Test} method, with
 * {@link Language @BrowserExtension.Language("pt-BR")} for a browser set to that language (one per language: a
 * test may ask for a second browser in another language).
 */
public final class BrowserExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    /** The browser's language ({@code Accept-Language}), as a person's browser set to it sends. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Language {
        String value();
    }

    /** The store closes it with the test's context, whether the test passed, failed or was skipped. */
    private record Session(WebDriver driver) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            driver.quit();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String language = parameter.findAnnotation(Language.class).map(Language::value).orElse(null);
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent("browser in " + language, key -> new Session(Browser.start(language)), Session.class)
                .driver();
    }
}
