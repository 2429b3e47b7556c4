package dev.truecoding.generation;

import dev.truecoding.generation.FakeModel.Wire;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.support.Probe;
import dev.truecoding.support.RequiresNpm;
import dev.truecoding.toolchain.SandboxSettings;
import dev.truecoding.toolchain.Toolchain;
import dev.truecoding.toolchain.Trees;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.truecoding.generation.FakeModel.answer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model answers the code writer with a test file that probes its surroundings when {@code npm test} runs it
 * during validation. It runs in the sandbox: it reads nothing of True Coding's, writes nothing outside its
 * workspace or into the dependency cache, and reaches no network.
 */
@RequiresNpm
class HostileCodeWriterTests {

    private static final Path DATA = Path.of("target/hostile-writer-data").toAbsolutePath();

    private static final String TEST_FILE = """
            import { execFileSync } from "node:child_process";
            import { it } from "vitest";

            it("probes what it can reach", () => {
              console.log(execFileSync("node", ["tests/probe.cjs"], { encoding: "utf8" }));
            });
            """;

    @Test
    void aHostileTestFileFromTheModelRunsConfined() throws Exception {
        // A plan with items the template leaves open (featuring a post), so the code writer asks the model.
        TechnicalPlan plan = SamplePlans.technical("small");
        BusinessPlan business = SamplePlans.business("small");
        Path keyset = DATA.resolve("keys/token-keyset.json");
        Files.createDirectories(keyset.getParent());
        Files.writeString(keyset, "{\"primaryKeyId\":1}");
        Files.setPosixFilePermissions(keyset, PosixFilePermissions.fromString("rw-------"));
        Path workspace = DATA.resolve("generation/workspaces/hostile");
        Trees.delete(workspace);
        ServerSocket trueCodingsPort = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Map<String, String> files = new LinkedHashMap<>();
        files.put("tests/probe.test.ts", TEST_FILE);
        files.put("tests/probe.cjs", new String(Probe.script(), StandardCharsets.UTF_8));
        files.put("tests/probe-targets.json", Probe.targets(DATA, keyset, DATA.resolve("truecoding.mv.db"),
                DATA.resolve("git"), "node_modules", "next/package.json", trueCodingsPort.getLocalPort()));
        Toolchain toolchain = new Toolchain(DATA, SandboxSettings.defaults());
        CodeValidator validator = new CodeValidator(DATA, toolchain, CodeValidator.Settings.defaults());

        try (trueCodingsPort; FakeModel model = new FakeModel(Wire.ANTHROPIC).answers(answer(files))) {
            CodeWriter.Outcome outcome = model.writer().writeValidated(new AppGenerator().generate(plan, business),
                    plan, business, app -> validator.validateIn(app, plan, workspace));

            assertThat(outcome.fellBack()).as(() -> "the model's files were used: " + outcome.validation().failedStep()
                    .map(step -> step.name() + ": " + step.logExcerpt()).orElse("")).isNull();
            assertThat(outcome.written().written()).contains("tests/probe.test.ts");
            assertThat(outcome.validation().passed()).as(outcome.validation().toString()).isTrue();
        }
        Path results = workspace.resolve("probe-results.json");
        assertThat(results).as("the model's test ran").exists();
        Probe.assertConfinedWithoutNetwork(Probe.result(Files.readString(results)), DATA);
        Path cachedNext = toolchain.cachedDependencies(workspace).orElseThrow().resolve("next/package.json");
        assertThat(Files.readString(cachedNext)).doesNotContain("planted");
    }
}
