package dev.truecoding.support;

import dev.truecoding.system.DatabaseUrl;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a real port, its data directory {@code target/test-data} (whose npm dependency cache
 * every end-to-end class shares) and one in-memory H2 database. Every class so annotated, and declaring nothing
 * that changes the context (no extra properties, no mocked beans), runs in the same cached Spring context: one
 * start for all of them instead of one each, and one scheduler polling instead of several. Each test signs up its
 * own people, so no test sees another's projects; clients that talk to this server carry time limits
 * ({@link GitCommand}, {@link HttpApiClient}), so a request that hangs fails its test instead of the suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "truecoding.data-dir=target/test-data",
        "truecoding.chat.messages-per-minute=1000", // the change tests talk to the iteration chat more than a person would
        "truecoding.database-url=jdbc:h2:mem:truecoding-end-to-end" + DatabaseUrl.H2_OPTIONS + ";DB_CLOSE_DELAY=-1"})
public @interface EndToEndTest {
}
