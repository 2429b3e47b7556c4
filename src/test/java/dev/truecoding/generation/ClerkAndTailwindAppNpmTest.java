package dev.truecoding.generation;

import dev.truecoding.support.RequiresNpm;
import dev.truecoding.toolchain.Access;
import dev.truecoding.toolchain.CleanEnvironment;
import dev.truecoding.toolchain.Commands;
import dev.truecoding.toolchain.ProcessTree;
import dev.truecoding.toolchain.SandboxSettings;
import dev.truecoding.toolchain.Toolchain;
import dev.truecoding.toolchain.Trees;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The recipe plan names Tailwind CSS and Clerk. Its app, built by the validator with real npm (install from its
 * npm-made lockfile, typecheck, test, build), is styled by Tailwind and, without Clerk's keys, signs people in with
 * email and password; built and started again with syntactically valid Clerk test keys, Clerk's middleware reads
 * every request and the app's own sign-in is closed. Clerk's cloud is never reached: nothing here signs in with
 * Clerk, which needs a real Clerk instance.
 */
@RequiresNpm
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClerkAndTailwindAppNpmTest {

    private static final Path DATA = Path.of("target/generation-data").toAbsolutePath();
    private static final Path APPS = Path.of("target/generated-apps").toAbsolutePath();
    private static final Path WORKSPACE = APPS.resolve("recipes-clerk");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** A development instance's keys in Clerk's format: the publishable key is "pk_test_" + base64("<frontend API>$"). */
    private static final String FRONTEND_API = "example-app-00.clerk.accounts.dev";
    private static final Map<String, String> CLERK_KEYS = Map.of(
            "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY",
            "pk_test_" + Base64.getEncoder().encodeToString((FRONTEND_API + "$").getBytes(StandardCharsets.UTF_8)),
            "CLERK_SECRET_KEY", "sk_test_" + UUID.randomUUID().toString().replace("-", ""));

    private final Toolchain toolchain = new Toolchain(DATA, SandboxSettings.defaults());
    private final CodeValidator validator = new CodeValidator(DATA, toolchain, CodeValidator.Settings.defaults());

    @Order(1)
    @Test
    void withoutClerksKeysTheAppIsStyledByTailwindAndSignsInWithEmail() throws Exception {
        Trees.delete(WORKSPACE);
        ValidationResult result = validator.validateIn(SamplePlans.generate(new AppGenerator(), "recipes"),
                SamplePlans.technical("recipes"), WORKSPACE);
        assertThat(result.passed())
                .as(() -> result.failedStep().map(step -> step.name() + " failed:\n" + step.logExcerpt()).orElse(""))
                .isTrue();

        try (App app = start(Map.of())) {
            String home = app.get("/").body();
            assertThat(home).contains("Recipe Tin");
            // The stylesheet is Tailwind's output: its theme, its reset and the template's classes built from utilities.
            String css = stylesheets(app, home);
            assertThat(List.of("@layer theme{", "--tw-border-style", "--color-accent:#0969da", ".site-header{",
                    "form.record-form label{")).as("what Tailwind made of src/app/globals.css")
                    .allMatch(css::contains);

            assertThat(app.send("POST", "/api/tags", "{\"name\":\"quick\"}", null).statusCode()).isEqualTo(401);
            assertThat(app.get("/api/tags").statusCode()).isEqualTo(200);
            HttpResponse<String> newRecipe = app.get("/recipes/new");
            assertThat(newRecipe.statusCode()).isEqualTo(307);
            assertThat(newRecipe.headers().firstValue("location")).hasValueSatisfying(location ->
                    assertThat(location).endsWith("/sign-in?next=%2Frecipes%2Fnew"));

            HttpResponse<String> signUp = app.send("POST", "/api/auth/sign-up/email",
                    "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"password\":\"correct horse battery\"}", null);
            assertThat(signUp.statusCode()).as(signUp.body()).isEqualTo(200);
            String cookie = String.join("; ", signUp.headers().allValues("set-cookie").stream()
                    .map(header -> header.substring(0, header.indexOf(';'))).toList());
            HttpResponse<String> tag = app.send("POST", "/api/tags", "{\"name\":\"quick\"}", cookie);
            assertThat(tag.statusCode()).as(tag.body()).isEqualTo(201);
            assertThat(app.get("/api/tags").body()).contains("quick");
        }
    }

    @Order(2)
    @Test
    void withClerksKeysItBuildsAndClerksMiddlewareDecidesWhoIsSignedIn() throws Exception {
        if (!Files.isDirectory(WORKSPACE.resolve("node_modules"))) {
            withoutClerksKeysTheAppIsStyledByTailwindAndSignsInWithEmail();
        }
        Path home = Files.createDirectories(APPS.resolve("recipes-clerk.home"));
        Map<String, String> env = new LinkedHashMap<>(CleanEnvironment.base(home));
        env.putAll(CLERK_KEYS);
        StringBuilder output = new StringBuilder();
        Commands.Result build = toolchain.commands(Access.build(WORKSPACE, home), Duration.ofMinutes(10), env,
                line -> output.append(line).append('\n')).run(WORKSPACE, List.of("npm", "run", "build"));
        assertThat(build.ok()).as(output::toString).isTrue();

        try (App app = start(CLERK_KEYS)) {
            // An API that needs a session: 401 without Clerk's session token, and a made-up one is no better.
            HttpResponse<String> anonymous = app.send("POST", "/api/tags", "{\"name\":\"quick\"}", null);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(app.send("POST", "/api/tags", "{\"name\":\"quick\"}", null,
                    "authorization", "Bearer not-a-clerk-token").statusCode()).isEqualTo(401);
            // Clerk's middleware ran on the request: it says how it judged it.
            assertThat(anonymous.headers().firstValue("x-clerk-auth-status")).hasValue("signed-out");
            assertThat(app.get("/api/tags").statusCode()).isEqualTo(200);
            // The app's own email sign-in is closed: Clerk is the only way in.
            assertThat(app.send("POST", "/api/auth/sign-up/email",
                    "{\"name\":\"Eve\",\"email\":\"eve@example.com\",\"password\":\"correct horse battery\"}", null)
                    .statusCode()).isEqualTo(404);
            // A page behind sign-in, asked for by a browser, is sent to sign in, by Clerk or the app.
            HttpResponse<String> newRecipe = app.send("GET", "/recipes/new", null, null,
                    "accept", "text/html", "sec-fetch-dest", "document");
            assertThat(newRecipe.statusCode()).isEqualTo(307);
            assertThat(newRecipe.headers().firstValue("location")).hasValueSatisfying(location ->
                    assertThat(location).satisfiesAnyOf(
                            to -> assertThat(to).contains(FRONTEND_API),
                            to -> assertThat(to).endsWith("/sign-in?next=%2Frecipes%2Fnew")));
            assertThat(app.get("/").statusCode()).isEqualTo(200);
        }
    }

    /** Every stylesheet the page links, concatenated. */
    private static String stylesheets(App app, String html) throws IOException, InterruptedException {
        Matcher links = Pattern.compile("href=\"(/_next/static/[^\"]+\\.css)\"").matcher(html);
        StringBuilder css = new StringBuilder();
        while (links.find()) {
            css.append(app.get(links.group(1)).body());
        }
        assertThat(css).as("the page links a stylesheet").isNotEmpty();
        return css.toString();
    }

    private App start(Map<String, String> extra) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dataDir = WORKSPACE.resolve(".data/" + (extra.isEmpty() ? "email" : "clerk"));
        Trees.delete(dataDir);
        Path home = Files.createDirectories(APPS.resolve("recipes-clerk.home"));
        Map<String, String> env = new LinkedHashMap<>(CleanEnvironment.base(home));
        env.put("PGLITE_DATA_DIR", dataDir.toString());
        env.put("AUTH_SECRET", UUID.randomUUID() + "-" + UUID.randomUUID());
        env.putAll(extra);
        Path log = APPS.resolve("recipes-clerk.start.log");
        Files.deleteIfExists(log);
        Process server = toolchain.start(Access.serve(WORKSPACE, home, dataDir),
                List.of("npm", "start", "--", "-p", String.valueOf(port), "-H", "127.0.0.1"), env, line -> {
                    try {
                        Files.writeString(log, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        App app = new App("http://127.0.0.1:" + port, server);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("npm start exited:\n" + Files.readString(log));
            }
            try {
                if (app.get("/").statusCode() == 200) {
                    return app;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        app.close();
        return fail("the app did not answer within 90 s:\n" + Files.readString(log));
    }

    private record App(String base, Process server) implements AutoCloseable {

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send("GET", path, null, null);
        }

        /** JSON to the app, with a session cookie when there is one, and extra headers (name, value, …). */
        HttpResponse<String> send(String method, String path, String json, String cookie, String... headers)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("origin", base)
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("content-type", "application/json");
            }
            if (cookie != null) {
                request.header("cookie", cookie);
            }
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() {
            ProcessTree.stop(server.toHandle(), Duration.ofSeconds(5));
        }
    }
}
