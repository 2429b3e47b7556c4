/**
 * Generation: a plan becomes a Next.js app ({@link dev.truecoding.generation.AppGenerator}), checked by
 * {@link dev.truecoding.generation.CodeValidator} (the seed's {@code validating_code} stage), which runs npm
 * through the {@code toolchain} module's sandbox. Sub-packages are internal: {@code model} reads
 * the plan into safe names, {@code render} holds the template catalog, {@code validation} the checks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Generation")
package dev.truecoding.generation;
