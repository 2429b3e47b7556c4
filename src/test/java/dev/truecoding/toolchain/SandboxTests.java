package dev.truecoding.toolchain;

import dev.truecoding.support.RequiresNpm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hostile script run as a build step and as a running app, the two ways True Coding runs people's code: it must
 * read nothing of True Coding's (keys, database, other people's repositories, its process environment), write
 * nothing outside its workspace, change nothing in the shared dependency cache, and — as a build — reach no
 * network, not even True Coding's own port.
 */
@RequiresNpm
class SandboxTests {

    private static final Path DATA = Path.of("target/sandbox-tests-data").toAbsolutePath();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Toolchain toolchain = new Toolchain(DATA, SandboxSettings.defaults());
    private Path workspace;
    private Path home;

    @BeforeEach
    void aDataDirectoryWithSecretsAndAHostileWorkspace() throws Exception {
        Trees.delete(DATA.resolve("generation/workspaces"));
        secret(DATA.resolve("keys/token-keyset.json"), "{\"primaryKeyId\":1}");
        secret(DATA.resolve("truecoding.mv.db"), "password hashes");
        secret(DATA.resolve("git/alice/private.git/HEAD"), "ref: refs/heads/main");
        workspace = Files.createDirectories(DATA.resolve("generation/workspaces/ws-1"));
        home = Files.createDirectories(DATA.resolve("generation/workspaces/ws-1.home"));
        Files.writeString(workspace.resolve("package.json"), """
                {"name": "hostile", "version": "1.0.0", "private": true, "scripts": {"build": "node probe.cjs"}}
                """);
        Files.writeString(workspace.resolve("package-lock.json"), """
                {"name": "hostile", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
                 "packages": {"": {"name": "hostile", "version": "1.0.0"}}}
                """);
        try (InputStream probe = SandboxTests.class.getResourceAsStream("/toolchain/probe.cjs")) {
            Files.write(workspace.resolve("probe.cjs"), probe.readAllBytes());
        }
    }

    @Test
    void aHostileBuildStepReadsNothingOfTrueCodingsWritesNothingOutsideAndHasNoNetwork() throws Exception {
        assertThat(toolchain.install(workspace, home, Duration.ofMinutes(5)).ok()).isTrue();
        Path cache = toolchain.cachedDependencies(workspace).orElseThrow();
        String cacheBefore = digest(cache);
        try (ServerSocket trueCodingsPort = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            targets(trueCodingsPort.getLocalPort());

            Toolchain.Run run = toolchain.run(Access.build(workspace, home), Duration.ofMinutes(2),
                    List.of("npm", "run", "build"));

            assertThat(run.ok()).as(run.output()).isTrue();
            JsonNode probe = results(run.output());
            assertConfined(probe);
            assertThat(probe.get("trueCodingPort").get("reached").asBoolean()).as("True Coding's port").isFalse();
        }
        assertThat(digest(cache)).as("the dependency cache").isEqualTo(cacheBefore);
    }

    @Test
    void aHostileRunningAppIsConfinedTheSameWay() throws Exception {
        assertThat(toolchain.install(workspace, home, Duration.ofMinutes(5)).ok()).isTrue();
        Path cache = toolchain.cachedDependencies(workspace).orElseThrow();
        String cacheBefore = digest(cache);
        targets(0);
        List<String> output = new CopyOnWriteArrayList<>();

        Process app = toolchain.start(Access.serve(workspace, home, DATA.resolve("deploy/p1/database")),
                List.of("node", "probe.cjs"), CleanEnvironment.base(home), output::add);

        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200); // the last lines
        assertConfined(results(String.join("\n", output)));
        assertThat(digest(cache)).as("the dependency cache").isEqualTo(cacheBefore);
    }

    private void assertConfined(JsonNode probe) {
        if (Sandbox.ownUid() == 0) {
            assertThat(probe.get("uid").asInt()).as("the user people's code runs as").isEqualTo(65534);
        }
        for (String read : List.of("keyset", "database", "otherRepositories", "trueCodingEnvironment")) {
            assertThat(probe.get(read).get("reached").asBoolean()).as(read + ": " + probe.get(read)).isFalse();
        }
        JsonNode data = probe.get("dataDirectory");
        if (data.get("reached").asBoolean()) {
            assertThat(data.get("detail").asString()).doesNotContain("keys", "git", "truecoding.mv.db");
        }
        assertThat(probe.get("javaProcesses").asInt()).as("True Coding's process is not visible").isZero();
        for (String write : List.of("writeDependencies", "plantDependency", "writeSystem")) {
            assertThat(probe.get(write).get("reached").asBoolean()).as(write + ": " + probe.get(write)).isFalse();
        }
        assertThat(DATA.resolve("planted")).as("nothing planted in the data directory").doesNotExist();
        assertThat(Path.of("/usr/planted")).doesNotExist();
    }

    private void targets(int port) throws IOException {
        Files.writeString(workspace.resolve("probe-targets.json"), JSON.writeValueAsString(Map.of(
                "dataDir", DATA.toString(),
                "keyset", DATA.resolve("keys/token-keyset.json").toString(),
                "database", DATA.resolve("truecoding.mv.db").toString(),
                "repositories", DATA.resolve("git/alice").toString(),
                "trueCodingPid", ProcessHandle.current().pid(),
                "modules", workspace.resolve("node_modules").toString(),
                "moduleFile", ".package-lock.json",
                "port", port)));
    }

    private static JsonNode results(String output) {
        String line = output.lines().filter(l -> l.startsWith("PROBE-RESULTS ")).findFirst()
                .orElseThrow(() -> new AssertionError("the probe printed no results:\n" + output));
        return JSON.readTree(line.substring("PROBE-RESULTS ".length()));
    }

    private static void secret(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    /** Every file of the tree, by path and content. */
    private static String digest(Path tree) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(tree.relativize(file).toString().getBytes());
                sha.update(Files.readAllBytes(file));
            }
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            sha.update(String.valueOf(walk.count()).getBytes());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
