package dev.truecoding.deploy;

import dev.truecoding.support.Await;
import dev.truecoding.support.NpmCaches;
import dev.truecoding.support.RequiresNpm;
import dev.truecoding.toolchain.ProcessTree;
import dev.truecoding.toolchain.SandboxSettings;
import dev.truecoding.toolchain.Toolchain;
import dev.truecoding.toolchain.Trees;
import dev.truecoding.deploy.builtin.DatabaseSnapshot;
import dev.truecoding.deploy.builtin.ProjectFiles;
import dev.truecoding.deploy.builtin.ProxyServer;
import dev.truecoding.generation.AppGenerator;
import dev.truecoding.generation.PlanReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deploys the "small" sample app for real (npm install from the shared cache, next build, next start) and uses
 * it through the proxy with {@code Host: <slug>.localhost}, as a browser would. One app is built once and then
 * redeployed, broken, rolled back, restarted and stopped, in order. Skips when npm is missing, unless
 * truecoding.test.strict is true (CI sets it), then fails.
 */
@RequiresNpm
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BuiltInDeployerTests {

    private static final Path DATA = Path.of("target/deploy-test-data").toAbsolutePath();
    private static final Path SOURCES = Path.of("target/deploy-test-sources").toAbsolutePath();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DeployTarget TARGET = DeployTarget.forProject("cdeploytest0000000000abc12", "Tiny Blog");
    private static final DeploySettings SETTINGS = new DeploySettings("localhost", "http", 0, 1,
            Duration.ofMinutes(10), Duration.ofMinutes(2), Duration.ofSeconds(5), 1024, 64, 3, 1024 * 1024, true);

    private static final DeploySettings QUICK_CHECK = new DeploySettings("localhost", "http", 0, 1,
            Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofSeconds(5), 1024, 64, 3, 1024 * 1024, true);

    private static BuiltInDeployer deployer;
    private static ProxyServer proxy;
    private static HostClient client;
    private static String host;
    private static String firstDeployment;
    private static String secondDeployment;
    private static String authorId;

    @BeforeAll
    static void deployerOverAFreshDataDirectory() throws Exception {
        Trees.delete(DATA.resolve("deploy")); // the dependency cache under generation/ is kept between runs
        Trees.delete(SOURCES);
        NpmCaches.share(DATA);
        new AppGenerator().generate(PlanReader.technical(plan("small.json")), PlanReader.business(plan("small-business.json")))
                .writeTo(SOURCES.resolve("v1"));
        startDeployer();
    }

    @AfterAll
    static void noNodeProcessIsLeftBehind() throws Exception {
        NpmCaches.share(DATA); // what this class installed, for the classes after it
        if (deployer == null) {
            return;
        }
        deployer.close();
        client.close();
        proxy.close();
        Await.until("every node process under the data directory to end", Duration.ofSeconds(10),
                () -> ProcessTree.runningUnder(DATA.resolve("deploy")), List::isEmpty);
    }

    @Order(1)
    @Test
    void deploysTheAppAtItsProductionUrlWithItsPagesAndApi() throws Exception {
        Events events = new Events();

        DeployOutcome outcome = deployer.deploy(TARGET, SOURCES.resolve("v1"), "1111111aaaa", events);

        assertThat(outcome.ready()).as(outcome.message() + "\n" + outcome.logExcerpt()).isTrue();
        assertThat(outcome.url()).isEqualTo("http://" + TARGET.slug() + ".localhost:" + proxy.port() + "/");
        assertThat(events.stages()).containsSubsequence(DeployStage.BUILDING, DeployStage.DEPLOYING, DeployStage.READY);
        assertThat(events.lines).anyMatch(line -> line.contains("npm run build"));
        assertThat(Files.readString(deployer.buildLog(TARGET.projectId(), outcome.deploymentId()))).contains("== ready");
        assertThat(events.messages()).as("a first version migrates from nothing: tried on a scratch database first")
                .contains("Starting the app on a scratch database");
        assertThat(events.inPortuguese()).as("the steps a Portuguese reader sees").contains(
                "Fazendo o build do commit 1111111", "Iniciando o app num banco de dados vazio",
                "Iniciando o app no banco de dados dele");
        firstDeployment = outcome.deploymentId();

        assertThat(client.get(host, "/").status()).isEqualTo(200);
        assertThat(client.get(host, "/").body()).contains("Tiny Blog");
        HostClient.Response created = client.send("POST", host, "/api/authors", "application/json",
                "{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\"}"); // the plan keeps authors public
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        authorId = JSON.readTree(created.body()).get("id").asString();
        assertThat(client.get(host, "/api/authors/" + authorId).body()).contains("Ada Lovelace");
        assertThat(client.get(host, "/authors").body()).contains("Ada Lovelace");
        assertThat(client.get("other-app.localhost", "/").status()).isEqualTo(404);
    }

    @Order(2)
    @Test
    void aSecondBuildOfTheTreeKeepsTheDataAndTheUrl() throws Exception {
        Events events = new Events();
        int oldPort = deployer.live(TARGET.projectId()).orElseThrow().port();

        DeployOutcome outcome = deployer.deploy(TARGET, SOURCES.resolve("v1"), "1111111bbbb", events);

        assertThat(outcome.ready()).as(outcome.message() + "\n" + outcome.logExcerpt()).isTrue();
        assertThat(outcome.deploymentId()).isNotEqualTo(firstDeployment);
        assertThat(outcome.url()).isEqualTo("http://" + TARGET.slug() + ".localhost:" + proxy.port() + "/");
        assertThat(events.lines).anyMatch(line -> line.contains("build cache copied"))
                .anyMatch(line -> line.contains("$ npm run build"));
        assertThat(deployer.live(TARGET.projectId()).orElseThrow().port()).isNotEqualTo(oldPort);
        assertThat(client.get(host, "/api/authors/" + authorId).body()).contains("Ada Lovelace");
        assertThat(client.get(host, "/authors").body()).contains("Ada Lovelace");
    }

    @Order(3)
    @Test
    void aRedeployOfTheSameCommitReusesItsBuild() throws Exception {
        Events events = new Events();

        DeployOutcome outcome = deployer.deploy(TARGET, SOURCES.resolve("v1"), "1111111bbbb", events);

        assertThat(outcome.ready()).as(outcome.message() + "\n" + outcome.logExcerpt()).isTrue();
        assertThat(events.lines).anyMatch(line -> line.contains("reusing the build"))
                .noneMatch(line -> line.contains("$ npm run build"));
        assertThat(events.messages()).as("no new migration: no trial, straight to the switch")
                .doesNotContain("Starting the app on a scratch database")
                .contains("Switching: stopping the previous deployment, starting the new one on the app's database");
        assertThat(client.get(host, "/api/authors/" + authorId).body()).contains("Ada Lovelace");
        secondDeployment = outcome.deploymentId();
    }

    @Order(4)
    @Test
    void aFailingBuildEndsInErrorWithItsLogWhileThePreviousDeploymentServes() throws Exception {
        Trees.copy(SOURCES.resolve("v1"), SOURCES.resolve("broken"), java.util.Set.of());
        Files.writeString(SOURCES.resolve("broken/src/lib/broken.ts"), "export const count: number = \"not a number\";\n");

        DeployOutcome outcome = deployer.deploy(TARGET, SOURCES.resolve("broken"), "2222222bbbb", new Events());

        assertThat(outcome.status()).isEqualTo(DeploymentStatus.ERROR);
        // The generated next.config leaves types to `npm run typecheck`, which the deployer runs before the build.
        assertThat(outcome.message()).contains("npm run typecheck failed");
        assertThat(outcome.logExcerpt()).contains("broken.ts");
        assertThat(deployer.live(TARGET.projectId()).orElseThrow().deploymentId()).isEqualTo(secondDeployment);
        assertThat(client.get(host, "/api/authors/" + authorId).body()).contains("Ada Lovelace");
    }

    @Order(5)
    @Test
    void aBuildCanBeCanceled() throws Exception {
        Events events = new Events();
        CompletableFuture<DeployOutcome> running = CompletableFuture.supplyAsync(
                () -> deployer.deploy(TARGET, SOURCES.resolve("v1"), "3333333cccc", events));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (events.lines.stream().noneMatch(line -> line.contains("$ npm run build")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1000); // let next build start its workers

        assertThat(deployer.cancel(TARGET.projectId())).isTrue();

        DeployOutcome outcome = running.get(1, TimeUnit.MINUTES);
        assertThat(outcome.status()).isEqualTo(DeploymentStatus.CANCELED);
        assertThat(events.stages()).endsWith(DeployStage.ERROR);
        assertThat(ProcessTree.runningUnder(DATA.resolve("deploy/" + TARGET.projectId() + "/builds/" + outcome.deploymentId())))
                .isEmpty();
        assertThat(deployer.live(TARGET.projectId()).orElseThrow().deploymentId()).isEqualTo(secondDeployment);
    }

    @Order(6)
    @Test
    void rollsBackToAnEarlierBuild() throws Exception {
        DeployOutcome outcome = deployer.switchTo(TARGET.projectId(), firstDeployment, new Events());

        assertThat(outcome.ready()).as(outcome.message() + "\n" + outcome.logExcerpt()).isTrue();
        assertThat(deployer.live(TARGET.projectId()).orElseThrow().deploymentId()).isEqualTo(firstDeployment);
        assertThat(client.get(host, "/api/authors/" + authorId).body()).contains("Ada Lovelace");
        List<BuildInfo> builds = deployer.builds(TARGET.projectId());
        assertThat(builds).filteredOn(BuildInfo::live).extracting(BuildInfo::deploymentId).containsExactly(firstDeployment);
        assertThat(builds).filteredOn(BuildInfo::built).extracting(BuildInfo::deploymentId)
                .hasSize(3).startsWith(secondDeployment).endsWith(firstDeployment);
    }

    @Order(7)
    @Test
    void aRestartedTrueCodingBringsTheLiveAppBack() throws Exception {
        int oldPort = deployer.live(TARGET.projectId()).orElseThrow().port();
        deployer.close();
        client.close();
        proxy.close();
        assertThat(ProcessTree.runningUnder(DATA.resolve("deploy"))).isEmpty();

        startDeployer();
        deployer.restore();

        LiveApp live = deployer.live(TARGET.projectId()).orElseThrow();
        assertThat(live.deploymentId()).isEqualTo(firstDeployment);
        assertThat(live.port()).isNotEqualTo(oldPort);
        assertThat(client.get(host, "/api/authors/" + authorId).body()).contains("Ada Lovelace");
    }

    @Order(8)
    @Test
    void aVersionWhoseMigrationFailsLeavesThePreviousVersionLiveWithEveryRowAndItsSchema() throws Exception {
        // A deployer whose health check gives up sooner: the broken version answers 500 until then.
        deployer.close();
        client.close();
        proxy.close();
        startDeployer(QUICK_CHECK);
        deployer.restore();
        HostClient.Response grace = client.send("POST", host, "/api/authors", "application/json",
                "{\"name\":\"Grace Hopper\",\"email\":\"grace@example.com\"}");
        assertThat(grace.status()).as(grace.body()).isEqualTo(201);
        Path broken = SOURCES.resolve("migration-fails");
        Trees.copy(SOURCES.resolve("v1"), broken, java.util.Set.of());
        // The first new migration deletes a row, overwrites a column and adds one, and commits; the second one fails,
        // but only on the app's data (names are no numbers): an empty database would take it, the rehearsal on a
        // copy of the live data does not, and production is never touched.
        Files.writeString(broken.resolve("migrations/0002_purge.sql"), "DELETE FROM \"authors\" WHERE \"name\" = 'Grace Hopper';\n"
                + "UPDATE \"authors\" SET \"email\" = 'gone@example.com';\n"
                + "ALTER TABLE \"authors\" ADD COLUMN \"nickname\" text;\n");
        Files.writeString(broken.resolve("migrations/0003_broken.sql"),
                "ALTER TABLE \"authors\" ALTER COLUMN \"name\" TYPE integer USING \"name\"::integer;\n");
        Events events = new Events();

        DeployOutcome outcome = deployer.deploy(TARGET, broken, "4444444dddd", events);

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(DeploymentStatus.ERROR);
        assertThat(outcome.message()).contains("failed on a copy of the live data")
                .contains("production was not touched")
                .contains("Migration 0003_broken.sql failed").contains("integer");
        assertThat(outcome.logExcerpt()).contains("Migration 0003_broken.sql failed")
                .doesNotContain("Migration 0002_purge.sql failed");
        assertThat(events.messages()).contains("Rehearsing the migrations on a copy of the live data")
                .doesNotContain("Switching: stopping the previous deployment, starting the new one on the app's database");
        assertThat(events.lines).anyMatch(line -> line.contains("copied the live data through the app"));
        assertThat(deployer.live(TARGET.projectId()).orElseThrow().deploymentId()).isEqualTo(firstDeployment);
        assertThat(client.get(host, "/api/authors/" + authorId).body()).contains("Ada Lovelace").contains("ada@example.com");
        assertThat(client.get(host, "/authors").body()).contains("Ada Lovelace").contains("Grace Hopper");
        assertThat(DATA.resolve("deploy/" + TARGET.projectId() + "/database-trial")).doesNotExist();
        assertThat(DATA.resolve("deploy/" + TARGET.projectId() + "/database-snapshot")).doesNotExist();
    }

    @Order(11)
    @Test
    void aPreviewServesTheNewVersionOnACopyOfTheLiveDataWhileProductionServesOn() throws Exception {
        Path v2 = SOURCES.resolve("v2");
        Trees.copy(SOURCES.resolve("v1"), v2, java.util.Set.of());
        Files.writeString(v2.resolve("migrations/0002_nickname.sql"), "ALTER TABLE \"authors\" ADD COLUMN \"nickname\" text;\n");
        Events events = new Events();

        DeployOutcome outcome = deployer.deployPreview(TARGET, "preview-one", 1, v2, "5555555eeee", null, events);

        assertThat(outcome.ready()).as(outcome.message() + "\n" + outcome.logExcerpt()).isTrue();
        String previewHost = TARGET.slug() + "--preview-1.localhost:" + proxy.port();
        assertThat(outcome.url()).isEqualTo("http://" + previewHost + "/");
        assertThat(events.lines).anyMatch(line -> line.contains("copied the live data through the app"));
        assertThat(deployer.live(TARGET.projectId()).orElseThrow().deploymentId()).isEqualTo(firstDeployment);
        assertThat(deployer.previews(TARGET.projectId())).extracting(PreviewApp::deploymentId).containsExactly("preview-one");
        // Production's records are in the preview …
        assertThat(client.get(previewHost, "/authors").body()).contains("Ada Lovelace").contains("Grace Hopper");
        // … and what each writes from now on stays its own.
        assertThat(client.send("POST", previewHost, "/api/authors", "application/json",
                "{\"name\":\"Preview Person\",\"email\":\"preview@example.com\"}").status()).isEqualTo(201);
        assertThat(client.send("POST", host, "/api/authors", "application/json",
                "{\"name\":\"Production Person\",\"email\":\"production@example.com\"}").status()).isEqualTo(201);
        assertThat(client.get(host, "/authors").body()).contains("Production Person").doesNotContain("Preview Person");
        assertThat(client.get(previewHost, "/authors").body()).contains("Preview Person").doesNotContain("Production Person");
    }

    @Order(12)
    @Test
    void aPromotedPreviewServesProductionWithProductionsRecordsNotThePreviews() throws Exception {
        Events events = new Events();

        DeployOutcome outcome = deployer.promote(TARGET.projectId(), "preview-one", events);

        assertThat(outcome.ready()).as(outcome.message() + "\n" + outcome.logExcerpt()).isTrue();
        assertThat(outcome.url()).isEqualTo("http://" + host + "/");
        assertThat(events.messages()).contains("Rehearsing the migrations on a copy of the live data");
        assertThat(deployer.live(TARGET.projectId()).orElseThrow().deploymentId()).isEqualTo("preview-one");
        assertThat(deployer.previews(TARGET.projectId())).isEmpty();
        assertThat(client.get(host, "/authors").body()).contains("Ada Lovelace").contains("Production Person")
                .doesNotContain("Preview Person");
        assertThat(client.get(TARGET.slug() + "--preview-1.localhost:" + proxy.port(), "/").status()).isEqualTo(404);
        assertThat(DATA.resolve("deploy/" + TARGET.projectId() + "/previews/preview-one")).doesNotExist();
    }

    @Order(13)
    @Test
    void anExpiredPreviewIsStoppedAndItsCopyOfTheDataDeleted() throws Exception {
        DeployOutcome outcome = deployer.deployPreview(TARGET, "preview-two", 2, SOURCES.resolve("v2"), "5555555eeee",
                null, new Events());
        assertThat(outcome.ready()).as(outcome.message() + "\n" + outcome.logExcerpt()).isTrue();
        String previewHost = TARGET.slug() + "--preview-2.localhost:" + proxy.port();
        assertThat(client.get(previewHost, "/").status()).isEqualTo(200);
        Path copy = DATA.resolve("deploy/" + TARGET.projectId() + "/previews/preview-two");
        assertThat(copy).isDirectory();

        assertThat(deployer.expirePreviews(java.time.Instant.now())).as("not yet").isEmpty();
        List<String> expired = deployer.expirePreviews(java.time.Instant.now().plus(deployer.previewTtl()).plusSeconds(1));

        assertThat(expired).containsExactly("preview-two");
        assertThat(client.get(previewHost, "/").status()).isEqualTo(404);
        assertThat(copy).doesNotExist();
        assertThat(ProcessTree.runningUnder(DATA.resolve("deploy/" + TARGET.projectId() + "/builds/preview-two"))).isEmpty();
        assertThat(client.get(host, "/authors").body()).contains("Production Person");
    }

    @Order(14)
    @Test
    void aPromoteKilledMidSwitchPutsProductionsDatabaseBackOnRestartAndResumes() throws Exception {
        Path v3 = SOURCES.resolve("v3");
        Trees.copy(SOURCES.resolve("v2"), v3, java.util.Set.of());
        Files.writeString(v3.resolve("migrations/0003_motto.sql"), "ALTER TABLE \"authors\" ADD COLUMN \"motto\" text;\n");
        DeployOutcome preview = deployer.deployPreview(TARGET, "preview-three", 3, v3, "6666666ffff", null, new Events());
        assertThat(preview.ready()).as(preview.message() + "\n" + preview.logExcerpt()).isTrue();
        ProjectFiles files = new ProjectFiles(DATA.resolve("deploy"), TARGET.projectId());

        // What a True Coding killed -9 in the middle of the promote's switch leaves: the preview stopped and its copy
        // gone, production's app stopped, its database copied aside (the snapshot, named for the promoted build)
        // and then half-changed by the new version starting on it.
        deployer.close();
        client.close();
        proxy.close();
        files.deletePreview("preview-three");
        DatabaseSnapshot.take(files, "preview-three", files.current().orElseThrow().deploymentId()).orElseThrow();
        Trees.delete(files.database().resolve("base"));
        startDeployer();

        deployer.restore();

        assertThat(deployer.live(TARGET.projectId()).orElseThrow().deploymentId()).isEqualTo("preview-one");
        assertThat(client.get(host, "/authors").body()).contains("Ada Lovelace").contains("Production Person");
        assertThat(deployer.previews(TARGET.projectId())).isEmpty();

        // The promote's run, revived, switches again from the database as it was.
        DeployOutcome resumed = deployer.promote(TARGET.projectId(), "preview-three", new Events());

        assertThat(resumed.ready()).as(resumed.message() + "\n" + resumed.logExcerpt()).isTrue();
        assertThat(deployer.live(TARGET.projectId()).orElseThrow().deploymentId()).isEqualTo("preview-three");
        assertThat(client.get(host, "/authors").body()).contains("Ada Lovelace").contains("Production Person");
        assertThat(DATA.resolve("deploy/" + TARGET.projectId() + "/database-snapshot")).doesNotExist();
    }

    @Order(9)
    @Test
    void undoingADestructiveVersionBringsBackItsRowsAndValuesAndThePreviousVersionServesThem() throws Exception {
        Path purge = SOURCES.resolve("purge");
        Trees.copy(SOURCES.resolve("v1"), purge, java.util.Set.of());
        Files.writeString(purge.resolve("migrations/0002_purge.sql"), "DELETE FROM \"authors\" WHERE \"name\" = 'Grace Hopper';\n"
                + "UPDATE \"authors\" SET \"email\" = 'gone@example.com';\n");
        DeployOutcome purged = deployer.deploy(TARGET, purge, "9999999aaaa", new Events());
        assertThat(purged.ready()).as(purged.message() + "\n" + purged.logExcerpt()).isTrue();
        assertThat(client.get(host, "/authors").body()).doesNotContain("Grace Hopper");
        assertThat(client.get(host, "/api/authors/" + authorId).body()).contains("gone@example.com");
        HostClient.Response linus = client.send("POST", host, "/api/authors", "application/json",
                "{\"name\":\"Linus Torvalds\",\"email\":\"linus@example.com\"}");
        assertThat(linus.status()).as(linus.body()).isEqualTo(201);
        assertThat(deployer.snapshotBefore(TARGET.projectId(), purged.deploymentId()).orElseThrow().previousDeploymentId())
                .isEqualTo(firstDeployment);
        Events events = new Events();

        DeployOutcome undone = deployer.undo(TARGET.projectId(), purged.deploymentId(), events);

        assertThat(undone.ready()).as(undone.message() + "\n" + undone.logExcerpt()).isTrue();
        assertThat(deployer.live(TARGET.projectId()).orElseThrow().deploymentId()).isEqualTo(firstDeployment);
        assertThat(client.get(host, "/api/authors/" + authorId).body()).contains("ada@example.com");
        assertThat(client.get(host, "/authors").body()).contains("Grace Hopper").doesNotContain("Linus Torvalds");
        assertThat(deployer.snapshotBefore(TARGET.projectId(), purged.deploymentId())).as("used up by the undo").isEmpty();
        assertThat(DATA.resolve("deploy/" + TARGET.projectId() + "/database-undone")).doesNotExist();

        DeployOutcome again = deployer.undo(TARGET.projectId(), purged.deploymentId(), new Events());
        assertThat(again.status()).isEqualTo(DeploymentStatus.ERROR);
        assertThat(again.message()).contains("not the live one").contains("nothing was changed");
        assertThat(client.get(host, "/authors").body()).contains("Grace Hopper");
    }

    @Order(30)
    @Test
    void aStoppedAppIsOfflineAndStaysOff() throws Exception {
        deployer.stop(TARGET.projectId());

        assertThat(deployer.live(TARGET.projectId())).isEmpty();
        assertThat(client.get(host, "/").status()).isEqualTo(404);
        assertThat(DATA.resolve("deploy/" + TARGET.projectId() + "/current.json")).doesNotExist();
        assertThat(ProcessTree.runningUnder(DATA.resolve("deploy"))).isEmpty();
    }

    private static void startDeployer() {
        startDeployer(SETTINGS);
    }

    private static void startDeployer(DeploySettings settings) {
        deployer = new BuiltInDeployer(DATA, settings, new Toolchain(DATA, SandboxSettings.defaults()), 0);
        proxy = new ProxyServer(deployer.routes(), "localhost", Duration.ofSeconds(30));
        deployer.serverPort(proxy.port());
        client = new HostClient(proxy.port());
        host = TARGET.slug() + ".localhost:" + proxy.port();
    }

    private static String plan(String file) throws IOException {
        try (InputStream in = BuiltInDeployerTests.class.getResourceAsStream("/generation/plans/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Everything a listener heard. */
    private static final class Events implements DeployListener {
        final List<DeployProgress> events = new CopyOnWriteArrayList<>();
        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<dev.truecoding.system.Phrase> phrases = new CopyOnWriteArrayList<>();

        @Override
        public void progress(DeployProgress event) {
            events.add(event);
        }

        @Override
        public void progress(DeployProgress event, dev.truecoding.system.Phrase phrase) {
            events.add(event);
            phrases.add(phrase);
        }

        /** The steps as a Portuguese reader of the deployment's page reads them. */
        List<String> inPortuguese() {
            return phrases.stream().map(phrase -> dev.truecoding.system.Phrases.say(phrase,
                    java.util.Locale.forLanguageTag("pt-BR"))).toList();
        }

        @Override
        public void log(String line) {
            lines.add(line);
        }

        List<String> messages() {
            return events.stream().map(DeployProgress::message).toList();
        }

        List<DeployStage> stages() {
            return events.stream().map(DeployProgress::stage).toList();
        }
    }
}
