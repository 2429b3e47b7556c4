package dev.truecoding.toolchain;

import dev.truecoding.support.Probe;
import dev.truecoding.support.RequiresNpm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
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
        Files.write(workspace.resolve("probe.cjs"), Probe.script());
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
            Probe.assertConfinedWithoutNetwork(Probe.results(run.output()).getFirst(), DATA);
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
        Probe.assertConfined(Probe.results(String.join("\n", output)).getFirst(), DATA);
        assertThat(digest(cache)).as("the dependency cache").isEqualTo(cacheBefore);
    }

    private void targets(int port) throws IOException {
        Files.writeString(workspace.resolve("probe-targets.json"), Probe.targets(DATA,
                DATA.resolve("keys/token-keyset.json"), DATA.resolve("truecoding.mv.db"), DATA.resolve("git/alice"),
                workspace.resolve("node_modules").toString(), ".package-lock.json", port));
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
