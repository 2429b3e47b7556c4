package dev.truecoding.generation.render;

import dev.truecoding.generation.model.AppLanguage;

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
        // The lockfiles share a path, one per set of dependencies; so do the plain and the Tailwind stylesheet, and
        // the app's words and its README in each language.
        assertThat(TemplateCatalog.ENTRIES.stream().map(TemplateCatalog.Entry::output)
                .filter(output -> !output.equals("package-lock.json") && !output.equals("src/app/globals.css")
                        && !output.equals("src/lib/words.ts") && !output.equals("README.md")))
                .doesNotHaveDuplicates();
        assertThat(TemplateCatalog.ENTRIES.stream().filter(entry -> entry.output().equals("README.md")))
                .extracting(TemplateCatalog.Entry::template)
                .containsExactly(AppLanguage.ENGLISH.readmeTemplate(), AppLanguage.PORTUGUESE.readmeTemplate())
                .doesNotHaveDuplicates();
        assertThat(TemplateCatalog.ENTRIES.stream().filter(entry -> entry.output().equals("src/lib/words.ts")))
                .extracting(TemplateCatalog.Entry::template)
                .containsExactly("src/lib/words/en.ts", "src/lib/words/pt.ts");
        assertThat(TemplateCatalog.ENTRIES.stream().filter(entry -> entry.output().equals("package-lock.json")))
                .extracting(TemplateCatalog.Entry::template)
                .containsExactly("package-lock.json.mustache", "package-lock-tailwind.json.mustache",
                        "package-lock-sign-in.json.mustache", "package-lock-sign-in-tailwind.json.mustache",
                        "package-lock-clerk.json.mustache", "package-lock-clerk-tailwind.json.mustache");
        assertThat(TemplateCatalog.ENTRIES.stream().filter(entry -> entry.output().equals("src/app/globals.css")))
                .extracting(TemplateCatalog.Entry::template)
                .containsExactly("src/app/globals.css", "src/app/globals-tailwind.css");
    }

    @Test
    void entityTemplatesNameTheirOutputWithAnEntityPlaceholder() {
        assertThat(TemplateCatalog.ENTRIES.stream().filter(entry -> entry.scope() == TemplateCatalog.Scope.ENTITY))
                .allSatisfy(entry -> assertThat(entry.output()).containsAnyOf("{route}", "{fileName}", "{type}"));
    }
}
