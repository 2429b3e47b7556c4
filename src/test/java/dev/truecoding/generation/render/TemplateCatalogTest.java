package dev.truecoding.generation.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateCatalogTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/generation/nextjs");

    @Test
    void everyTemplateFileIsInTheCatalogAndEveryEntryHasItsFile() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            assertThat(files.filter(Files::isRegularFile).map(path -> TEMPLATES.relativize(path).toString()))
                    .containsExactlyInAnyOrderElementsOf(Stream.concat(TemplateCatalog.ENTRIES.stream()
                            .map(TemplateCatalog.Entry::template), Stream.of(TemplateCatalog.PLAN_UPDATE, TemplateCatalog.AUTH_TABLES)).toList());
        }
    }

    @Test
    void outputPathsAreDistinctExceptForEntriesThatExcludeEachOther() {
        // The two lockfiles share a path: one for apps with sign-in, one for the others.
        assertThat(TemplateCatalog.ENTRIES.stream().map(TemplateCatalog.Entry::output)
                .filter(output -> !output.equals("package-lock.json"))).doesNotHaveDuplicates();
        assertThat(TemplateCatalog.ENTRIES.stream().filter(entry -> entry.output().equals("package-lock.json")))
                .extracting(TemplateCatalog.Entry::template)
                .containsExactly("package-lock.json.mustache", "package-lock-sign-in.json.mustache");
    }

    @Test
    void entityTemplatesNameTheirOutputWithAnEntityPlaceholder() {
        assertThat(TemplateCatalog.ENTRIES.stream().filter(entry -> entry.scope() == TemplateCatalog.Scope.ENTITY))
                .allSatisfy(entry -> assertThat(entry.output()).containsAnyOf("{route}", "{fileName}", "{type}"));
    }
}
