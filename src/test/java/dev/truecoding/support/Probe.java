package dev.truecoding.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile probe ({@code src/test/resources/toolchain/probe.cjs}) that tests plant where people's code runs: a
 * build script, a test file a model wrote, a running app. It tries to read True Coding's secrets, to write outside
 * its workspace and into the dependency cache, and to reach True Coding's port, and prints what it reached.
 */
public final class Probe {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARK = "PROBE-RESULTS ";

    private Probe() {
    }

    public static byte[] script() {
        try (InputStream in = Probe.class.getResourceAsStream("/toolchain/probe.cjs")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code probe-targets.json}: what to try.
     *
     * @param secret  a file of True Coding's that must stay unreadable (its keyset)
     * @param another another file of True Coding's (a database file, another repository)
     * @param modules the workspace's node_modules, and {@code moduleFile} a file in it to append to
     * @param port    True Coding's port (0: not tried)
     */
    public static String targets(Path dataDir, Path secret, Path another, Path repositories, String modules,
                                 String moduleFile, int port) {
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("dataDir", dataDir.toString());
        targets.put("keyset", secret.toString());
        targets.put("database", another.toString());
        targets.put("repositories", repositories.toString());
        targets.put("trueCodingPid", ProcessHandle.current().pid());
        targets.put("modules", modules);
        targets.put("moduleFile", moduleFile);
        targets.put("port", port);
        targets.put("mark", java.util.UUID.randomUUID().toString()); // names what it plants: earlier runs' leftovers never count
        return JSON.writeValueAsString(targets);
    }

    /** Every result line the probe printed in {@code output}. */
    public static List<JsonNode> results(String output) {
        return output.lines().filter(line -> line.contains(MARK))
                .map(line -> JSON.readTree(line.substring(line.indexOf(MARK) + MARK.length()))).toList();
    }

    public static JsonNode result(String json) {
        return JSON.readTree(json);
    }

    /** Nothing of True Coding's read, nothing written outside, and (as root) another user. */
    public static void assertConfined(JsonNode probe, Path dataDir) {
        if (ProcessHandle.current().info().user().orElse("").equals("root")) {
            assertThat(probe.get("uid").asInt()).as("the user people's code runs as").isEqualTo(65534);
        }
        for (String read : List.of("keyset", "database", "otherRepositories", "trueCodingEnvironment")) {
            assertThat(probe.get(read).get("reached").asBoolean()).as(read + ": " + probe.get(read)).isFalse();
        }
        JsonNode data = probe.get("dataDirectory");
        if (data.get("reached").asBoolean()) {
            assertThat(data.get("detail").asString()).as("what the data directory shows").doesNotContain("keys", "git");
        }
        assertThat(probe.get("javaProcesses").asInt()).as("True Coding's process is not visible").isZero();
        for (String write : List.of("writeDependencies", "plantDependency", "writeSystem")) {
            assertThat(probe.get(write).get("reached").asBoolean()).as(write + ": " + probe.get(write)).isFalse();
        }
        String mark = probe.get("mark").asString();
        assertThat(dataDir.resolve("planted-" + mark)).as("nothing planted in the data directory").doesNotExist();
        assertThat(Path.of("/usr/planted-" + mark)).as("nothing planted in the system").doesNotExist();
    }

    /** As a build or test: no network either, True Coding's port neither. */
    public static void assertConfinedWithoutNetwork(JsonNode probe, Path dataDir) {
        assertConfined(probe, dataDir);
        assertThat(probe.get("trueCodingPort").get("reached").asBoolean()).as("True Coding's port").isFalse();
    }
}
