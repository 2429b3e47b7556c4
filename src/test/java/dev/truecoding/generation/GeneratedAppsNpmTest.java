package dev.truecoding.generation;

import dev.truecoding.support.NpmCaches;
import dev.truecoding.support.RequiresNpm;
import dev.truecoding.toolchain.Access;
import dev.truecoding.toolchain.CleanEnvironment;
import dev.truecoding.toolchain.ProcessTree;
import dev.truecoding.toolchain.SandboxSettings;
import dev.truecoding.toolchain.Toolchain;
import dev.truecoding.toolchain.Trees;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Generates the sample apps and puts each through the validator with real npm (install, typecheck, test,
 * build), then starts the small one and uses it over HTTP. One dependency cache under target/ serves all of
 * them, so only the first install downloads anything. Skips when npm is missing, unless the system property
 * truecoding.test.strict is true (CI sets it), then fails.
 */
@RequiresNpm
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedAppsNpmTest {

    private static final Path DATA = Path.of("target/generation-data").toAbsolutePath();
    private static final Path APPS = Path.of("target/generated-apps").toAbsolutePath();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // an h2c upgrade request would go to Next.js' WebSocket handler
            .connectTimeout(Duration.ofSeconds(5)).build();

    static final List<String> PLANS = SamplePlans.ALL;

    private final AppGenerator generator = new AppGenerator();
    private final Toolchain toolchain = new Toolchain(DATA, SandboxSettings.defaults());
    private final CodeValidator validator = new CodeValidator(DATA, toolchain, CodeValidator.Settings.defaults());

    /** A lockfile another class installed is not installed again, and what this class installs serves the next. */
    @BeforeAll
    @AfterAll
    static void theSuitesInstalledDependencies() throws Exception {
        NpmCaches.share(DATA);
    }

    @Order(1)
    @ParameterizedTest
    @FieldSource("PLANS")
    void theGeneratedAppInstallsTypechecksPassesItsTestsAndBuilds(String plan) throws Exception {
        ValidationResult result = buildApp(plan);

        assertThat(result.passed())
                .as(() -> result.failedStep().map(step -> step.name() + " failed:\n" + step.logExcerpt()).orElse(""))
                .isTrue();
        assertThat(result.steps()).extracting(ValidationResult.Step::outcome).containsOnly(ValidationResult.Outcome.PASSED);
    }

    /**
     * A Portuguese plan's app (its words from src/lib/words.ts in Portuguese) with sign-in that switches to Clerk
     * compiles (Clerk's localization typed against Clerk's own types), passes its tests and builds.
     */
    @Order(1)
    @Test
    void aPortuguesePlansAppInstallsTypechecksPassesItsTestsAndBuilds() throws Exception {
        ValidationResult result = buildApp("receitas");

        assertThat(result.passed())
                .as(() -> result.failedStep().map(step -> step.name() + " failed:\n" + step.logExcerpt()).orElse(""))
                .isTrue();
        assertThat(APPS.resolve("receitas/src/lib/words.ts")).content().contains("Salvar", "signIn: \"Entrar\"");
        assertThat(APPS.resolve("receitas/src/app/sign-in/page.tsx")).content().contains("words.account.signIn");
    }

    @Order(2)
    @Test
    void theSecondInstallComesFromTheCacheInSeconds() throws Exception {
        Path workspace = APPS.resolve("cache-check");
        Trees.delete(workspace);
        SamplePlans.generate(generator, "minimal").writeTo(workspace);

        Toolchain.Install install = toolchain.install(workspace, APPS.resolve("cache-check.home"), Duration.ofMinutes(10));

        assertThat(install.ok()).isTrue();
        assertThat(install.fromCache()).isTrue();
        assertThat(toolchain.cachedDependencies(workspace)).get()
                .satisfies(modules -> assertThat(modules.resolve("next/package.json")).exists());
        Trees.delete(workspace);
    }

    @Order(3)
    @Test
    void theStartedAppServesItsPagesAndStoresDataThroughItsApi() throws Exception {
        Path workspace = APPS.resolve("small");
        if (!Files.isDirectory(workspace.resolve(".next"))) {
            assertThat(buildApp("small").passed()).isTrue();
        }
        int port = freePort();
        Path dataDir = workspace.resolve(".data/http-test");
        Trees.delete(dataDir);
        Path home = Files.createDirectories(APPS.resolve("small.home"));
        Map<String, String> env = new java.util.LinkedHashMap<>(CleanEnvironment.base(home));
        env.put("PGLITE_DATA_DIR", dataDir.toString());
        env.put("AUTH_SECRET", java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID());
        Path startLog = APPS.resolve("small.start.log");
        Files.deleteIfExists(startLog);
        Process server = toolchain.start(Access.serve(workspace, home, dataDir),
                List.of("npm", "start", "--", "-p", String.valueOf(port), "-H", "127.0.0.1"), env, line -> {
                    try {
                        Files.writeString(startLog, line + "\n", java.nio.file.StandardOpenOption.CREATE,
                                java.nio.file.StandardOpenOption.APPEND);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        try {
            String base = "http://127.0.0.1:" + port;
            waitUntilUp(base + "/", server, startLog);

            assertThat(get(base + "/").body()).contains("Tiny Blog").contains("Write and publish posts");

            // The plan marks POST /api/posts as needing authentication: without a session it is refused, while
            // POST /api/authors, marked public, stays open.
            String adaJson = "{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\"}";
            assertThat(send("POST", base + "/api/posts", "{\"title\":\"Anonymous\"}", null).statusCode()).isEqualTo(401);
            assertThat(send("DELETE", base + "/api/posts/" + java.util.UUID.randomUUID(), "", null).statusCode())
                    .isEqualTo(401);
            assertThat(send("POST", base + "/api/authors", "{\"name\":\"Grace Hopper\"}", null).statusCode())
                    .isEqualTo(201);
            HttpResponse<String> newPostAnonymously = get(base + "/posts/new");
            assertThat(newPostAnonymously.statusCode()).isEqualTo(307);
            assertThat(newPostAnonymously.headers().firstValue("location")).hasValueSatisfying(location ->
                    assertThat(location).endsWith("/sign-in?next=%2Fposts%2Fnew"));
            assertThat(get(base + "/sign-up").body()).contains("Create an account");

            HttpResponse<String> signUp = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/sign-up/email"))
                    .timeout(Duration.ofSeconds(60)).header("content-type", "application/json").header("origin", base)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"password\":\"correct horse battery\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signUp.statusCode()).as(signUp.body()).isEqualTo(200);
            String cookie = String.join("; ", signUp.headers().allValues("set-cookie").stream()
                    .map(header -> header.substring(0, header.indexOf(';'))).toList());
            assertThat(cookie).contains("session_token=");

            HttpResponse<String> author = send("POST", base + "/api/authors", adaJson, cookie);
            assertThat(author.statusCode()).as(author.body()).isEqualTo(201);
            String authorId = JSON.readTree(author.body()).get("id").asString();
            HttpResponse<String> readBack = get(base + "/api/authors/" + authorId);
            assertThat(readBack.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(readBack.body()).get("name").asString()).isEqualTo("Ada Lovelace");

            HttpResponse<String> post = send("POST", base + "/api/posts",
                    "{\"title\":\"Hello world\",\"published\":true,\"authorId\":\"" + authorId + "\"}", cookie);
            assertThat(post.statusCode()).as(post.body()).isEqualTo(201);
            JsonNode postJson = JSON.readTree(post.body());
            assertThat(postJson.get("authorId").asString()).isEqualTo(authorId);

            HttpResponse<String> invalid = send("POST", base + "/api/posts", "{\"title\":42}", cookie);
            assertThat(invalid.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(invalid.body()).get("fieldErrors").has("title")).isTrue();
            assertThat(get(base + "/api/posts/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);

            assertThat(get(base + "/api/posts?sort=title&order=asc").body()).contains("Hello world");
            assertThat(get(base + "/posts").body()).contains("Hello world");
            assertThat(get(base + "/posts/" + postJson.get("id").asString()).body()).contains("Ada Lovelace");
            assertThat(get(base + "/authors/" + authorId).body()).contains("Hello world");
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/posts/new")).header("cookie", cookie).GET()
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(get(base + "/about").body()).contains("What this blog is about");
        } finally {
            ProcessTree.stop(server.toHandle(), Duration.ofSeconds(5));
        }
        assertThat(server.isAlive()).isFalse();
    }

    /** Checks, inside the second version's own test run, that a database of the first version gets only 0002. */
    private static final String UPGRADE_TEST = """
            import { copyFileSync, mkdtempSync } from "node:fs";
            import os from "node:os";
            import path from "node:path";
            import { PGlite } from "@electric-sql/pglite";
            import { expect, it } from "vitest";
            import { applyMigrations, migrationsDir } from "@/db/migrate";

            it("a database of the first version gets only the new migration and keeps its rows", async () => {
              const firstVersion = mkdtempSync(path.join(os.tmpdir(), "first-version-"));
              copyFileSync(path.join(migrationsDir, "0001_initial.sql"), path.join(firstVersion, "0001_initial.sql"));
              const db = new PGlite();
              const exec = (sql: string) => db.exec(sql);
              await applyMigrations(db, exec, firstVersion);
              await db.query(`INSERT INTO "authors" ("name") VALUES ('Ada')`);

              await applyMigrations(db, exec);
              await applyMigrations(db, exec);

              const applied = await db.query<{ id: string }>(`SELECT "id" FROM "_migrations" ORDER BY "id"`);
              expect(applied.rows.map((row) => row.id)).toEqual(["0001_initial.sql", "0002_plan_update.sql"]);
              expect((await db.query<{ name: string }>(`SELECT "name" FROM "authors"`)).rows).toEqual([{ name: "Ada" }]);
              const tag = await db.query<{ id: string }>(`INSERT INTO "tags" ("name") VALUES ('news') RETURNING "id"`);
              const post = await db.query<{ id: string }>(
                `INSERT INTO "posts" ("title", "summary") VALUES ('Hello', 'Hi') RETURNING "id"`,
              );
              await db.query(`INSERT INTO "posts_tags" ("post_id", "tag_id") VALUES ($1, $2)`, [post.rows[0].id, tag.rows[0].id]);
              await db.close();
            });
            """;

    @Order(4)
    @Test
    void aNewPlanVersionKeepsTheFirstMigrationAndAddsOneThatUpgradesAnExistingDatabase() throws Exception {
        GeneratedApp first = SamplePlans.generate(generator, "small");
        List<GeneratedFileInfo> migrations = first.files().stream()
                .filter(file -> file.path().startsWith("migrations/")).toList();
        GeneratedApp second = generator.generate(SamplePlans.technical("small-v2"), SamplePlans.business("small"),
                new PreviousVersion(SamplePlans.technical("small"), migrations));
        List<GeneratedFileInfo> files = new java.util.ArrayList<>(second.files());
        files.add(GeneratedFileInfo.of("tests/upgrade.test.ts", UPGRADE_TEST));
        Path workspace = APPS.resolve("small-v2");
        Trees.delete(workspace);

        ValidationResult result = validator.validateIn(new GeneratedApp(files, second.coverage()),
                SamplePlans.technical("small-v2"), workspace);

        assertThat(result.passed())
                .as(() -> result.failedStep().map(step -> step.name() + " failed:\n" + step.logExcerpt()).orElse(""))
                .isTrue();
        assertThat(Files.readString(workspace.resolve("migrations/0001_initial.sql")))
                .isEqualTo(migrations.getFirst().content());
        assertThat(migrations).extracting(GeneratedFileInfo::path).containsExactly("migrations/0001_initial.sql");
        assertThat(workspace.resolve("migrations/0002_plan_update.sql")).exists();
        assertThat(workspace.resolve("tests/upgrade.test.ts")).exists(); // run by npm test, checked by typecheck
    }

    /** The renamed and confirmed change of MigrationsOnPostgresTests, applied on PGlite by the app's own runner. */
    private static final String RENAME_TEST = """
            import { copyFileSync, mkdtempSync } from "node:fs";
            import os from "node:os";
            import path from "node:path";
            import { PGlite } from "@electric-sql/pglite";
            import { expect, it } from "vitest";
            import { applyMigrations, migrationsDir } from "@/db/migrate";

            it("a database of the first version keeps its rows under the new names, without what was dropped", async () => {
              const firstVersion = mkdtempSync(path.join(os.tmpdir(), "first-version-"));
              copyFileSync(path.join(migrationsDir, "0001_initial.sql"), path.join(firstVersion, "0001_initial.sql"));
              const db = new PGlite();
              const exec = (sql: string) => db.exec(sql);
              await applyMigrations(db, exec, firstVersion);
              await db.exec(`INSERT INTO "meetings" ("title", "seats") VALUES ('Kickoff', 'a dozen'), ('Retro', '12');
                INSERT INTO "notes" ("text", "phone", "meeting_id") SELECT 'agenda', '555-0101', "id" FROM "meetings" WHERE "title" = 'Kickoff';
                INSERT INTO "tags" ("name") VALUES ('urgent');
                INSERT INTO "meetings_tags" ("meeting_id", "tag_id") SELECT m."id", t."id" FROM "meetings" m, "tags" t WHERE m."title" = 'Retro';
                INSERT INTO "scratches" ("memo") VALUES ('goes');`);

              await applyMigrations(db, exec);

              const gatherings = await db.query(`SELECT "name", "seats", "status" FROM "gatherings" ORDER BY "name"`);
              expect(gatherings.rows).toEqual([
                { name: "Kickoff", seats: null, status: "open" },
                { name: "Retro", seats: 12, status: "open" },
              ]);
              const notes = await db.query(`SELECT g."name" FROM "notes" n JOIN "gatherings" g ON g."id" = n."gathering_id"`);
              expect(notes.rows).toEqual([{ name: "Kickoff" }]);
              const links = await db.query(`SELECT g."name" FROM "gatherings_tags" l JOIN "gatherings" g ON g."id" = l."gathering_id"`);
              expect(links.rows).toEqual([{ name: "Retro" }]);
              const gone = await db.query(`SELECT to_regclass('scratches') AS "scratches", to_regclass('meetings') AS "meetings"`);
              expect(gone.rows).toEqual([{ scratches: null, meetings: null }]);
              const phone = await db.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'notes' AND column_name = 'phone'`);
              expect(phone.rows).toEqual([]);
              await db.close();
            });
            """;

    @Order(5)
    @Test
    void aConfirmedChangeWithRenamesBuildsAndUpgradesADatabaseOfTheFirstVersionOnPglite() throws Exception {
        dev.truecoding.plan.TechnicalPlan v1 = PlanReader.technical(dev.truecoding.generation.model.MigrationsOnPostgresTests.V1);
        dev.truecoding.plan.TechnicalPlan v2 = PlanReader.technical(dev.truecoding.generation.model.MigrationsOnPostgresTests.V2);
        List<GeneratedFileInfo> migrations = generator.generate(v1, null).files().stream()
                .filter(file -> file.path().startsWith("migrations/")).toList();
        GeneratedApp second = generator.generate(v2, null, new PreviousVersion(v1, migrations,
                dev.truecoding.generation.model.MigrationsOnPostgresTests.RENAMES, true));
        List<GeneratedFileInfo> files = new java.util.ArrayList<>(second.files());
        files.add(GeneratedFileInfo.of("tests/upgrade.test.ts", RENAME_TEST));
        Path workspace = APPS.resolve("gatherings");
        Trees.delete(workspace);

        ValidationResult result = validator.validateIn(new GeneratedApp(files, second.coverage()), v2, workspace);

        assertThat(result.passed())
                .as(() -> result.failedStep().map(step -> step.name() + " failed:\n" + step.logExcerpt()).orElse(""))
                .isTrue();
        assertThat(workspace.resolve("migrations/0002_plan_update.sql")).content().contains("RENAME TO \"gatherings\"");
        assertThat(workspace.resolve("src/app/api/meetings")).doesNotExist();
        assertThat(workspace.resolve("src/app/api/gatherings/route.ts")).exists();
    }

    private ValidationResult buildApp(String plan) throws IOException, InterruptedException {
        Path workspace = APPS.resolve(plan);
        Trees.delete(workspace);
        GeneratedApp app = SamplePlans.generate(generator, plan);
        return validator.validateIn(app, SamplePlans.technical(plan), workspace);
    }

    private static void waitUntilUp(String url, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("npm start exited:\n" + Files.readString(log));
            }
            try {
                if (get(url).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("the app did not answer within 90 s:\n" + Files.readString(log));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends JSON, with the session cookie when there is one (null: as an anonymous visitor). */
    private static HttpResponse<String> send(String method, String url, String json, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("content-type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (cookie != null) {
            request.header("cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
