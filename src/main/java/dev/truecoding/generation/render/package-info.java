/** Internal: the {@link dev.truecoding.generation.render.TemplateCatalog} and its JMustache renderer. */
package dev.truecoding.generation.render;
