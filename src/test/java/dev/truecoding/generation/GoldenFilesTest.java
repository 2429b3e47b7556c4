package dev.truecoding.generation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated files of two small sample plans, of the recipe one (sign-in that switches to Clerk, Tailwind) and
 * of the Portuguese one (receitas: its words, README and sign-in in Portuguese),
 * kept under src/test/resources/golden/ and compared file by file, so every change to a template shows in review as
 * a readable diff of what apps get. Each file is stored as its path plus ".golden" (a generated .gitignore must not
 * act on this repository); package-lock.json is left out, since it is its template with the app's name filled in
 * and reviews npm's output, not ours. After a deliberate change, refresh them with:
 * <pre>./mvnw test -Dtest=GoldenFilesTest -Dgolden.update=true</pre>
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String SUFFIX = ".golden";
    private static final String REFRESH = "./mvnw test -Dtest=GoldenFilesTest -Dgolden.update=true";

    @ParameterizedTest
    @ValueSource(strings = {"minimal", "small", "recipes", "receitas"})
    void theGeneratedFilesAreTheGoldenOnes(String plan) throws IOException {
        Map<String, String> generated = SamplePlans.generate(new AppGenerator(), plan).files().stream()
                .filter(file -> !file.path().equals("package-lock.json"))
                .collect(Collectors.toMap(GeneratedFileInfo::path, GeneratedFileInfo::content, (a, b) -> a, TreeMap::new));
        Path directory = GOLDEN.resolve(plan);
        if (Boolean.getBoolean("golden.update")) {
            write(directory, generated);
        }

        Map<String, String> golden = read(directory);
        assertThat(generated.keySet()).as("the files of %s; refresh with %s", plan, REFRESH)
                .containsExactlyElementsOf(golden.keySet());
        generated.forEach((path, content) -> assertThat(content)
                .as("%s of %s differs from its golden file; refresh with %s", path, plan, REFRESH)
                .isEqualTo(golden.get(path)));
    }

    private static Map<String, String> read(Path directory) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = directory.relativize(file).toString().replace('\\', '/');
                files.put(path.substring(0, path.length() - SUFFIX.length()), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void write(Path directory, Map<String, String> files) throws IOException {
        if (Files.isDirectory(directory)) {
            try (Stream<Path> walk = Files.walk(directory)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = directory.resolve(file.getKey() + SUFFIX);
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
