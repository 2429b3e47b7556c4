package dev.truecoding.deploy;

import dev.truecoding.deploy.builtin.ProxyServer;
import dev.truecoding.support.RequiresNpm;
import dev.truecoding.toolchain.CleanEnvironment;
import dev.truecoding.toolchain.ProcessTree;
import dev.truecoding.toolchain.SandboxSettings;
import dev.truecoding.toolchain.Toolchain;
import dev.truecoding.toolchain.Trees;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployer's bounds and failure paths with a tiny node app (npm scripts, no dependencies, a build that takes as
 * long as it is told), so each deploy takes about a second: queueing, cancel, time limit, failed health checks,
 * the environment the app gets, kept builds and log size.
 */
@RequiresNpm
class BuiltInDeployerBoundsTests {

    private static final Path DATA = Path.of("target/deploy-bounds-data").toAbsolutePath();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<BuiltInDeployer> deployers = new ArrayList<>();
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @BeforeEach
    void freshDataDirectory() throws IOException {
        Trees.delete(DATA);
    }

    @AfterEach
    void nothingLeftRunning() throws Exception {
        deployers.forEach(BuiltInDeployer::close);
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
        assertThat(ProcessTree.runningUnder(DATA)).isEmpty();
    }

    @Test
    void buildsBeyondTheLimitWaitTheirTurnAndCanBeCanceledWhileWaiting() throws Exception {
        BuiltInDeployer deployer = deployer(settings(1, Duration.ofMinutes(1), 3));
        Events first = new Events();
        Events second = new Events();
        Events third = new Events();
        var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
        closeables.add(threads);
        Path appA = app("a", "1", 2500, "ok");
        Path appB = app("b", "1", 0, "ok");
        Path appC = app("c", "1", 0, "ok");
        CompletableFuture<DeployOutcome> a = CompletableFuture.supplyAsync(() ->
                deployer.deploy(target("a"), appA, "aaaaaaa", first), threads);
        awaitStage(first, DeployStage.BUILDING);
        CompletableFuture<DeployOutcome> b = CompletableFuture.supplyAsync(() ->
                deployer.deploy(target("b"), appB, "bbbbbbb", second), threads);
        CompletableFuture<DeployOutcome> c = CompletableFuture.supplyAsync(() ->
                deployer.deploy(target("c"), appC, "ccccccc", third), threads);
        awaitStage(third, DeployStage.IMPORTING);

        assertThat(deployer.cancel(target("c").projectId())).isTrue();

        assertThat(c.get(10, TimeUnit.SECONDS).status()).isEqualTo(DeploymentStatus.CANCELED);
        assertThat(a.get(1, TimeUnit.MINUTES).ready()).isTrue();
        assertThat(b.get(1, TimeUnit.MINUTES).ready()).isTrue();
        assertThat(second.stages()).containsSubsequence(DeployStage.IMPORTING, DeployStage.BUILDING, DeployStage.READY);
        assertThat(deployer.live(target("c").projectId())).isEmpty();
    }

    @Test
    void aBuildOverTheTimeLimitIsStoppedAndEndsInError() throws Exception {
        BuiltInDeployer deployer = deployer(settings(1, Duration.ofSeconds(2), 3));
        long start = System.nanoTime();

        DeployOutcome outcome = deployer.deploy(target("slow"), app("slow", "1", 60_000, "ok"), "abcdef0", new Events());

        assertThat(outcome.status()).isEqualTo(DeploymentStatus.ERROR);
        assertThat(outcome.message()).contains("longer than the build time limit");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aFailedHealthCheckLeavesThePreviousDeploymentServing() throws Exception {
        BuiltInDeployer deployer = deployer(settings(1, Duration.ofMinutes(1), 5));
        HostClient client = proxied(deployer);
        DeployTarget target = target("shop");
        String host = target.slug() + ".localhost";
        DeployOutcome first = deployer.deploy(target, app("shop-1", "1", 0, "ok"), "1111111", new Events());
        assertThat(first.ready()).as(first.message() + first.logExcerpt()).isTrue();
        assertThat(client.get(host, "/").body()).isEqualTo("version 1 /");

        DeployOutcome rootFails = deployer.deploy(target, app("shop-2", "2", 0, "root-fails"), "2222222", new Events());

        assertThat(rootFails.status()).isEqualTo(DeploymentStatus.ERROR);
        assertThat(rootFails.message()).contains("did not start").contains("HTTP 500");
        assertThat(client.get(host, "/").body()).isEqualTo("version 1 /");

        DeployOutcome apiFails = deployer.deploy(target, app("shop-3", "3", 0, "api-fails"), "3333333", new Events());

        assertThat(apiFails.status()).isEqualTo(DeploymentStatus.ERROR);
        assertThat(apiFails.message()).contains("API did not answer");
        assertThat(apiFails.logExcerpt()).contains("database is broken");
        assertThat(deployer.live(target.projectId()).orElseThrow().deploymentId()).isEqualTo(first.deploymentId());
        assertThat(client.get(host, "/api/items").body()).isEqualTo("version 1 /api/items");
    }

    @Test
    void theAppGetsNoneOfTrueCodingsEnvironment() throws Exception {
        BuiltInDeployer deployer = deployer(settings(1, Duration.ofMinutes(1), 3));
        HostClient client = proxied(deployer);
        DeployTarget target = target("env");
        assertThat(deployer.deploy(target, app("env", "1", 0, "ok"), "1234567", new Events()).ready()).isTrue();

        String env = client.get(target.slug() + ".localhost", "/env").body();

        assertThat(env).contains("\"PORT\"", "\"HOSTNAME\":\"127.0.0.1\"", "\"NODE_ENV\":\"production\"",
                "--max-old-space-size=256", DATA.resolve("deploy/" + target.projectId() + "/database").toString());
        String authSecret = JSON.readTree(env).get("AUTH_SECRET").asString();
        assertThat(authSecret).as("a secret of its own for the app's sessions").hasSizeGreaterThanOrEqualTo(43);
        String appToken = JSON.readTree(env).get("TRUECODING_APP_TOKEN").asString();
        assertThat(appToken).as("a token of its own for True Coding's calls").hasSizeGreaterThanOrEqualTo(43)
                .isNotEqualTo(authSecret);
        assertThat(deployer.deploy(target, app("env", "2", 0, "ok"), "2345678", new Events()).ready()).isTrue();
        assertThat(JSON.readTree(client.get(target.slug() + ".localhost", "/env").body()).get("AUTH_SECRET").asString())
                .as("kept across deploys, so sign-ins survive them").isEqualTo(authSecret);
        assertThat(JSON.readTree(client.get(target.slug() + ".localhost", "/env").body()).get("TRUECODING_APP_TOKEN")
                .asString()).isEqualTo(appToken).isEqualTo(deployer.appToken(target.projectId()).orElseThrow());
        // What the deployer sets on its own (CI=true among them) and what npm adds when it runs a script may
        // share a name with True Coding's environment (a CI machine sets CI too); anything else must not pass.
        Set<String> setByDeployerOrNpm = new HashSet<>(CleanEnvironment.base(DATA).keySet());
        setByDeployerOrNpm.addAll(Set.of("PWD", "SHLVL", "_", "NODE", "HOSTNAME", "COLOR", "INIT_CWD", "EDITOR"));
        for (String name : System.getenv().keySet()) {
            if (!setByDeployerOrNpm.contains(name)) {
                assertThat(env).as("True Coding's %s reached the app", name).doesNotContain("\"" + name + "\"");
            }
        }
    }

    /** A client of the deployer's apps through its proxy, both closed after the test. */
    private HostClient proxied(BuiltInDeployer deployer) throws IOException {
        ProxyServer proxy = new ProxyServer(deployer.routes(), "localhost", Duration.ofSeconds(10));
        closeables.add(proxy);
        HostClient client = new HostClient(proxy.port());
        closeables.add(client);
        return client;
    }

    @Test
    void keepsTheNewestBuildsAndTheLiveOneAndBoundsItsLogs() throws Exception {
        BuiltInDeployer deployer = deployer(settings(1, Duration.ofMinutes(1), 2));
        DeployTarget target = target("many");
        List<String> ids = new ArrayList<>();
        for (int version = 1; version <= 4; version++) {
            DeployOutcome outcome = deployer.deploy(target, app("many-" + version, String.valueOf(version), 0, "ok"),
                    version + "000000", new Events());
            assertThat(outcome.ready()).isTrue();
            ids.add(outcome.deploymentId());
        }
        assertThat(deployer.switchTo(target.projectId(), ids.get(2), new Events()).ready()).isTrue();

        DeployOutcome fifth = deployer.deploy(target, app("many-5", "5", 0, "ok"), "5000000", new Events());

        assertThat(deployer.builds(target.projectId())).extracting(BuildInfo::deploymentId)
                .containsExactly(fifth.deploymentId(), ids.get(3));
        assertThat(DATA.resolve("deploy/" + target.projectId() + "/builds/" + ids.getFirst())).doesNotExist();
        assertThat(deployer.switchTo(target.projectId(), ids.getFirst(), new Events()).status())
                .isEqualTo(DeploymentStatus.ERROR);
        assertThat(Files.size(deployer.buildLog(target.projectId(), fifth.deploymentId()))).isLessThanOrEqualTo(2 * 1024);
        assertThat(Files.readString(deployer.buildLog(target.projectId(), fifth.deploymentId()))).contains("== ready");
    }

    @Test
    void aWorkspaceAlreadyBuiltFromTheCommitIsCopiedNotBuiltAgain() throws Exception {
        BuiltInDeployer deployer = deployer(settings(1, Duration.ofMinutes(1), 3));
        Path validated = app("validated", "7", 0, "ok");
        Files.createDirectories(validated.resolve(".next"));
        Files.writeString(validated.resolve(".next/BUILD_ID"), "validated");
        Files.createDirectories(validated.resolve("node_modules"));
        Events events = new Events();

        DeployOutcome outcome = deployer.deploy(target("fresh"), app("fresh", "7", 60_000, "ok"), "7777777", validated,
                events);

        assertThat(outcome.ready()).isTrue();
        assertThat(Files.readString(deployer.buildLog(target("fresh").projectId(), outcome.deploymentId())))
                .contains("reusing the build in validated").doesNotContain("npm run build");
    }

    @Test
    void processesAndUnfinishedBuildsLeftByAKilledTrueCodingAreCleanedUpBeforeTheAppsStartAgain() throws Exception {
        Path orphanDir = Files.createDirectories(DATA.resolve("deploy/cgone/builds/old"));
        Process orphan = new ProcessBuilder("sleep", "300").directory(orphanDir.toFile()).start();

        Files.writeString(DATA.resolve("deploy/cgone/builds/old.json"),
                "{\"deploymentId\":\"old\",\"slug\":\"gone\",\"commitSha\":\"abc\",\"createdAt\":\"2026-01-01T00:00:00Z\",\"built\":false}");

        deployer(settings(1, Duration.ofMinutes(1), 3)).restore();

        assertThat(orphan.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(orphanDir).as("the tree of a build that never finished").doesNotExist();
    }

    private BuiltInDeployer deployer(DeploySettings settings) {
        BuiltInDeployer deployer = new BuiltInDeployer(DATA, settings, new Toolchain(DATA, SandboxSettings.defaults()), 8080);
        deployers.add(deployer);
        return deployer;
    }

    private static DeploySettings settings(int concurrentBuilds, Duration buildTimeout, int keptBuilds) {
        return new DeploySettings("localhost", "http", 0, concurrentBuilds, buildTimeout, Duration.ofSeconds(4),
                Duration.ofSeconds(3), 256, 1, keptBuilds, 1024 * 1024, true);
    }

    private static DeployTarget target(String name) {
        return DeployTarget.forProject("cbounds" + name, name);
    }

    /**
     * A tree whose build waits {@code buildMillis} after printing 100 lines, and whose server answers
     * "version V path" — or 500 on {@code /} ("root-fails") or on {@code /api/} ("api-fails").
     */
    private static Path app(String name, String version, int buildMillis, String mode) throws IOException {
        Path dir = DATA.resolve("sources/" + name);
        Files.createDirectories(dir.resolve("src/app/api/items"));
        Files.writeString(dir.resolve("package.json"), """
                {"name": "tiny", "version": "1.0.0", "private": true,
                 "scripts": {"build": "node build.js", "start": "node server.js"}}
                """);
        Files.writeString(dir.resolve("package-lock.json"), """
                {"name": "tiny", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
                 "packages": {"": {"name": "tiny", "version": "1.0.0"}}}
                """);
        Files.writeString(dir.resolve("src/app/api/items/route.ts"), "export {};\n");
        Files.writeString(dir.resolve("build.js"), """
                const fs = require("node:fs");
                for (let i = 0; i < 100; i++) console.log("compiling module " + i + " ".padEnd(40, "."));
                setTimeout(() => {
                  fs.mkdirSync(".next", { recursive: true });
                  fs.writeFileSync(".next/BUILD_ID", "tiny");
                }, %d);
                """.formatted(buildMillis));
        Files.writeString(dir.resolve("server.js"), """
                const http = require("node:http");
                const mode = "%s";
                http.createServer((req, res) => {
                  if (req.url === "/env") return res.end(JSON.stringify(process.env));
                  if (mode === "root-fails" && req.url === "/") { res.statusCode = 500; return res.end("broken"); }
                  if (mode === "api-fails" && req.url.startsWith("/api/")) {
                    console.error("Error: the database is broken");
                    res.statusCode = 500;
                    return res.end("broken");
                  }
                  res.end("version %s " + req.url);
                }).listen(Number(process.env.PORT), process.env.HOSTNAME);
                """.formatted(mode, version));
        return dir;
    }

    private static void awaitStage(Events events, DeployStage stage) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!events.stages().contains(stage) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(events.stages()).contains(stage);
    }

    private static final class Events implements DeployListener {
        final List<DeployProgress> events = new CopyOnWriteArrayList<>();

        @Override
        public void progress(DeployProgress event) {
            events.add(event);
        }

        List<DeployStage> stages() {
            return events.stream().map(DeployProgress::stage).toList();
        }
    }
}
