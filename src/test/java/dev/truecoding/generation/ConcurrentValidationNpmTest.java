package dev.truecoding.generation;

import dev.truecoding.support.RequiresNpm;
import dev.truecoding.toolchain.SandboxSettings;
import dev.truecoding.toolchain.Toolchain;
import dev.truecoding.toolchain.Trees;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typecheck, test and build run at the same time (the default on more than one processor) with the verdicts, step
 * messages and progress of one after the other: a type error is still the typecheck's failure, with test and build
 * skipped (though both would pass: the build leaves types to tsc), a failing test still skips the build, and a
 * passing app's build stays in its workspace with tsc's state for the next version. Real npm, the sandbox, one
 * dependency cache under target/ shared with the other npm tests.
 */
@RequiresNpm
class ConcurrentValidationNpmTest {

    private static final Path DATA = Path.of("target/generation-data").toAbsolutePath();
    private static final Path APPS = Path.of("target/concurrent-validation").toAbsolutePath();

    private final Toolchain toolchain = new Toolchain(DATA, SandboxSettings.defaults());
    private final GeneratedApp minimal = SamplePlans.generate(new AppGenerator(), "minimal");

    @Test
    void aTypeErrorIsTheTypechecksFailureAndSkipsTestAndBuildAsWhenTheyRunInTurn() throws Exception {
        GeneratedApp broken = with(minimal, "src/lib/broken.ts", "export const count: number = \"three\";\n");

        Validation together = validate(broken, "type-error-together", true);
        Validation inTurn = validate(broken, "type-error-in-turn", false);

        assertThat(together.result().failedStep()).get().satisfies(step -> {
            assertThat(step.name()).isEqualTo("typecheck");
            assertThat(step.logExcerpt()).contains("src/lib/broken.ts", "TS2322");
        });
        assertThat(outcomes(together.result())).containsExactly("static:PASSED", "install:PASSED", "typecheck:FAILED",
                "test:SKIPPED", "build:SKIPPED");
        assertThat(together.result().step("build").orElseThrow().logExcerpt()).isEqualTo("skipped: typecheck failed");
        assertThat(outcomes(together.result())).isEqualTo(outcomes(inTurn.result()));
        assertThat(together.events()).isEqualTo(inTurn.events());
        assertThat(together.result().step("typecheck").orElseThrow().logExcerpt())
                .isEqualTo(inTurn.result().step("typecheck").orElseThrow().logExcerpt());
    }

    @Test
    void aFailingTestIsTheVerdictAndTheBuildIsReportedSkipped() throws Exception {
        GeneratedApp failing = with(minimal, "tests/arithmetic.test.ts", """
                import { expect, test } from "vitest";

                test("adds up", () => {
                  expect(1 + 1).toBe(3);
                });
                """);

        Validation together = validate(failing, "failing-test", true);

        assertThat(outcomes(together.result())).containsExactly("static:PASSED", "install:PASSED", "typecheck:PASSED",
                "test:FAILED", "build:SKIPPED");
        assertThat(together.result().failedStep().orElseThrow().logExcerpt()).contains("adds up");
        assertThat(together.result().step("build").orElseThrow().logExcerpt()).isEqualTo("skipped: test failed");
        assertThat(together.events()).containsExactly("started static", "finished static PASSED",
                "started install", "finished install PASSED", "started typecheck", "finished typecheck PASSED",
                "started test", "finished test FAILED", "finished build SKIPPED");
    }

    @Test
    void aPassingAppIsBuiltInItsWorkspaceWithTscsStateAndNothingLeftBeside() throws Exception {
        Validation together = validate(minimal, "passing", true);

        assertThat(together.result().passed())
                .as(() -> together.result().failedStep().map(s -> s.name() + " failed:\n" + s.logExcerpt()).orElse(""))
                .isTrue();
        Path workspace = APPS.resolve("passing");
        assertThat(workspace.resolve(".next/BUILD_ID")).exists(); // what the deployer starts without building again
        assertThat(workspace.resolve("tsconfig.tsbuildinfo")).exists(); // seeds the next version's typecheck
        try (var beside = Files.list(APPS)) {
            assertThat(beside.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("passing."));
        }
    }

    private record Validation(ValidationResult result, List<String> events) {
    }

    private Validation validate(GeneratedApp app, String name, boolean concurrentSteps) throws Exception {
        Path workspace = APPS.resolve(name);
        Trees.delete(workspace);
        CodeValidator validator = new CodeValidator(DATA, toolchain,
                new CodeValidator.Settings(true, Duration.ofMinutes(10), Duration.ofMinutes(10), concurrentSteps));
        List<String> events = new ArrayList<>();
        ValidationResult result = validator.validateIn(app, SamplePlans.technical("minimal"), workspace, null,
                new CodeValidator.StepListener() {
                    @Override
                    public void started(String step) {
                        events.add("started " + step);
                    }

                    @Override
                    public void finished(ValidationResult.Step step) {
                        events.add("finished " + step.name() + " " + step.outcome());
                    }
                });
        return new Validation(result, events);
    }

    private static List<String> outcomes(ValidationResult result) {
        return result.steps().stream().map(step -> step.name() + ":" + step.outcome()).toList();
    }

    private static GeneratedApp with(GeneratedApp app, String path, String content) {
        List<GeneratedFileInfo> files = new ArrayList<>(app.files());
        files.add(GeneratedFileInfo.of(path, content));
        return new GeneratedApp(files, app.coverage());
    }
}
