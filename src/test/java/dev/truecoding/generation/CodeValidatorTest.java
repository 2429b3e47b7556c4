package dev.truecoding.generation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeValidatorTest {

    private final CodeValidator validator = new CodeValidator(Path.of("target/unused"), null,
            new CodeValidator.Settings(false, null, null));
    private final GeneratedApp minimal = new AppGenerator().generate(SamplePlans.technical("minimal"), null);

    @ParameterizedTest
    @ValueSource(strings = {"../outside.txt", "src/../../x.ts", "/etc/passwd", "C:/Windows/x", ".git/config",
            "src/.git/hooks/pre-commit", "a//b.ts", "./a.ts", "src\\app.ts", ""})
    void refusesUnsafePaths(String path) {
        assertThat(CodeValidator.checkPath(path)).isNotNull();
        assertThat(validator.checkStatic(with(path, "x"), null).passed()).isFalse();
    }

    @Test
    void refusesPathsLongerThanTheDatabaseColumn() {
        String path = "src/" + "a".repeat(497);

        assertThat(path).hasSize(501);
        assertThat(CodeValidator.checkPath(path)).contains("500");
        assertThat(CodeValidator.checkPath(path.substring(1))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "const key = \"AKIAIOSFODNN7EXAMPLE\";",
            "token: ghp_0123456789abcdefghijABCDEFGHIJ0123456789",
            "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----",
            "const url = \"postgres://admin:s3cretpw@db.example.com/app\";",
            "stripe: sk_live_0123456789abcdefABCDEF"})
    void refusesPlantedSecrets(String content) {
        ValidationResult result = validator.checkStatic(with("src/lib/config.ts", content), null);

        assertThat(result.passed()).isFalse();
        assertThat(result.failedStep().orElseThrow().logExcerpt()).startsWith("src/lib/config.ts: looks like a");
    }

    @Test
    void refusesAValueForASecretInAnEnvFileButNotAPlaceholder() {
        assertThat(validator.checkStatic(with(".env.production", "API_TOKEN=abc123def456\n"), null).passed()).isFalse();
        assertThat(validator.checkStatic(with(".env.sample", "API_TOKEN=\nDB_PASSWORD=<your password>\n"), null).passed())
                .isTrue();
    }

    @Test
    void refusesMalformedJsonAndYaml() {
        assertThat(validator.checkStatic(with("data.json", "{\"a\": }"), null).failedStep().orElseThrow().logExcerpt())
                .contains("data.json: not well-formed");
        assertThat(validator.checkStatic(with("ci.yml", "jobs:\n  - a\n b: ["), null).passed()).isFalse();
    }

    @Test
    void reportsAnEntityWhoseFilesAreMissing() {
        List<GeneratedFileInfo> files = new ArrayList<>(minimal.files());
        files.removeIf(file -> file.path().equals("src/app/api/notes/route.ts"));

        ValidationResult result = validator.checkStatic(new GeneratedApp(files, minimal.coverage()),
                SamplePlans.technical("minimal"));

        assertThat(result.failedStep().orElseThrow().logExcerpt()).contains("entity Note has no src/app/api/notes/route.ts");
    }

    @Test
    void skipsTheNpmStepsWhenTheyAreNotEnabledAndSaysWhy() throws Exception {
        ValidationResult result = validator.validateIn(minimal, SamplePlans.technical("minimal"),
                Path.of("target/never-written"));

        assertThat(result.passed()).isTrue();
        assertThat(result.step("build").orElseThrow().outcome()).isEqualTo(ValidationResult.Outcome.SKIPPED);
        assertThat(result.step("build").orElseThrow().logExcerpt()).contains("not available or not enabled");
    }

    @Test
    void theConcurrentStepsSettingIsAutoTrueOrFalseAndNothingElse() {
        GenerationConfiguration configuration = new GenerationConfiguration();
        Path data = Path.of("target/unused");

        assertThat(configuration.codeValidator(data, null, false, "1m", "false")).isNotNull();
        assertThat(configuration.codeValidator(data, null, false, "1m", " AUTO ")).isNotNull();
        assertThatThrownBy(() -> configuration.codeValidator(data, null, false, "1m", "sometimes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TRUECODING_GENERATION_CONCURRENT_STEPS")
                .hasMessageContaining("auto, true or false");
    }

    private GeneratedApp with(String path, String content) {
        List<GeneratedFileInfo> files = new ArrayList<>(minimal.files());
        files.add(GeneratedFileInfo.of(path, content));
        return new GeneratedApp(files, minimal.coverage());
    }
}
