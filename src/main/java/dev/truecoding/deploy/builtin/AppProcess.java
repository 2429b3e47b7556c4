package dev.truecoding.deploy.builtin;

import dev.truecoding.toolchain.Access;
import dev.truecoding.toolchain.ProcessTree;
import dev.truecoding.toolchain.Toolchain;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One running app: {@code npm start} (or Next.js directly, see {@link #command}) in its build folder on a loopback
 * port, its output in the run log. Only 127.0.0.1 is bound, so the app is reachable from outside through True
 * Coding's proxy alone.
 */
public final class AppProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // an h2c upgrade would go to Next.js' WebSocket handler
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long MAX_MANIFEST_BYTES = 1024 * 1024;

    private final Process process;
    private final int port;
    private final Path buildDir;

    private AppProcess(Process process, int port, Path buildDir) {
        this.process = process;
        this.port = port;
        this.buildDir = buildDir;
    }

    /**
     * Starts the app in the toolchain's sandbox: its build folder, home and database writable, nothing else of
     * True Coding's visible. {@code environment} is the whole environment (see {@code CleanEnvironment}); the port
     * and host are added here. Each output line goes to {@code output}.
     */
    public static AppProcess start(Toolchain toolchain, Path buildDir, Path home, Path database,
                                   Map<String, String> environment, Consumer<String> output) throws IOException {
        int port = freePort();
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put("PORT", String.valueOf(port));
        env.put("HOSTNAME", "127.0.0.1");
        Files.createDirectories(database);
        Process process = toolchain.start(Access.serve(buildDir, home, database), command(buildDir, port), env, output);
        return new AppProcess(process, port, buildDir);
    }

    /**
     * What starts the app: Next.js itself when the app's start script is the template's plain {@code next start},
     * else {@code npm start}, whatever the owner made it. npm would only add a node process of its own in front, and
     * its start-up time (a few hundred milliseconds, more on a loaded machine) to each of a deployment's two starts.
     */
    static List<String> command(Path buildDir, int port) {
        List<String> arguments = List.of("-p", String.valueOf(port), "-H", "127.0.0.1");
        List<String> command = new ArrayList<>();
        if ("next start".equals(startScript(buildDir))) {
            command.addAll(List.of("node", "node_modules/next/dist/bin/next", "start"));
        } else {
            command.addAll(List.of("npm", "start", "--"));
        }
        command.addAll(arguments);
        return List.copyOf(command);
    }

    /** The app's {@code scripts.start}, or null when package.json has none or cannot be read. */
    private static String startScript(Path buildDir) {
        Path manifest = buildDir.resolve("package.json");
        try {
            if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS) || Files.size(manifest) > MAX_MANIFEST_BYTES) {
                return null;
            }
            JsonNode start = JSON.readTree(Files.readString(manifest)).path("scripts").path("start");
            return start.isString() ? start.asString().strip() : null;
        } catch (IOException | JacksonException unreadable) {
            return null; // npm start then says what is wrong with it, in the run log
        }
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path buildDir() {
        return buildDir;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /**
     * Asks {@code path} until it answers 200, the process exits or {@code timeout} passes; null when it answered,
     * else why not.
     */
    public String awaitOk(String path, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return "the app exited with code " + process.exitValue() + " before answering GET " + path;
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return null;
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException notYet) {
                last = "not listening yet";
            }
            Thread.sleep(50); // a loopback request is cheap; each start is checked twice, so waits add up
        }
        return "GET " + path + " did not answer 200 within " + timeout.toSeconds() + " s (" + last + ")";
    }

    public void stop(Duration grace) {
        ProcessTree.stop(process.toHandle(), grace);
    }

    /** The first collection route of the app ({@code src/app/api/<route>/route.ts}): it opens the database. */
    public static String apiHealthPath(Path buildDir) throws IOException {
        Path api = buildDir.resolve("src/app/api");
        if (!Files.isDirectory(api)) {
            return null;
        }
        try (var list = Files.list(api)) {
            return list.filter(dir -> Files.isRegularFile(dir.resolve("route.ts")))
                    .map(dir -> dir.getFileName().toString())
                    .filter(name -> name.matches("[A-Za-z0-9._~-]+"))
                    .sorted().findFirst().map(name -> "/api/" + name).orElse(null);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
