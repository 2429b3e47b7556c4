package dev.truecoding.support;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the test class only where generated apps can really be installed, built and run: node and npm on PATH,
 * and the toolchain's sandbox working (bubblewrap), or {@code TRUECODING_SANDBOX=off}. Otherwise it is reported
 * as skipped, with the reason; when {@code -Dtruecoding.test.strict=true} (as in CI) it fails instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NpmCondition.class)
public @interface RequiresNpm {
}
