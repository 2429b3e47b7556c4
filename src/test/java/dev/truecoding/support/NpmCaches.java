package dev.truecoding.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One npm dependency cache for the whole suite. The toolchain keeps its caches in its data directory
 * ({@code generation/node-modules}, one ready {@code node_modules} per lockfile, and {@code generation/npm-cache},
 * npm's downloads), and a test class on a data directory of its own would fill its own: a full {@code npm ci} of
 * the generated apps' dependencies, from the registry on a fresh clone. {@link #share} hard-links the filled
 * entries between the class's data directory and the end-to-end classes' {@code target/test-data}, both ways, so
 * the first class of the suite to install a lockfile installs it for all of them. What is shared is what the
 * toolchain itself never writes again once filled (a ready folder is renamed into place whole), and a copy is
 * renamed into place whole too, so a copy cut short is never taken for a filled entry. A test that must see a cold
 * install uses a data directory this is not called on.
 */
public final class NpmCaches {

    /** The data directory of the end-to-end classes ({@link EndToEndTest}), whose cache the others share. */
    private static final Path SHARED = Path.of("target/test-data").toAbsolutePath();

    private NpmCaches() {
    }

    /** Gives {@code dataDir} the suite's filled caches, and the suite what {@code dataDir} filled that it lacks. */
    public static void share(Path dataDir) throws IOException, InterruptedException {
        Path own = dataDir.toAbsolutePath().normalize();
        if (own.equals(SHARED)) {
            return;
        }
        link(SHARED, own);
        link(own, SHARED);
    }

    private static void link(Path from, Path to) throws IOException, InterruptedException {
        Path modules = from.resolve("generation/node-modules");
        if (Files.isDirectory(modules, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(to.resolve("generation/node-modules"));
            try (Stream<Path> entries = Files.list(modules)) {
                for (Path ready : entries.filter(NpmCaches::filled).toList()) {
                    Path target = to.resolve("generation/node-modules").resolve(ready.getFileName());
                    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        copyLinked(ready, target);
                    }
                }
            }
        }
        // npm's downloads: `npm ci` in a clone (GenerationEndToEndTests) reads them instead of the registry.
        Path downloads = from.resolve("generation/npm-cache");
        Path theirs = to.resolve("generation/npm-cache");
        if (Files.isDirectory(downloads.resolve("_cacache"), LinkOption.NOFOLLOW_LINKS)
                && !Files.exists(theirs, LinkOption.NOFOLLOW_LINKS)) {
            copyLinked(downloads, theirs);
        }
    }

    /** A ready entry: {@code <key>/node_modules} renamed into place (not one being filled or copied). */
    private static boolean filled(Path entry) {
        String name = entry.getFileName().toString();
        return !name.contains(".building-") && !name.contains(".linking-")
                && Files.isDirectory(entry.resolve("node_modules"), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * {@code cp -al} into a temporary name, renamed when whole: a copy cut short never looks like a filled entry.
     * Hard links, so the copy costs no space and a second or two for the generated apps' dependencies.
     */
    private static void copyLinked(Path from, Path to) throws IOException, InterruptedException {
        Path partial = to.resolveSibling(to.getFileName() + ".linking-" + ProcessHandle.current().pid());
        Process cp = new ProcessBuilder(List.of("cp", "-al", from.toString(), partial.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean ended = cp.waitFor(2, TimeUnit.MINUTES);
        if (!ended) {
            cp.destroyForcibly();
        }
        if (ended && cp.exitValue() == 0 && !Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(partial, to);
        } else {
            new ProcessBuilder(List.of("rm", "-rf", partial.toString())).start().waitFor(2, TimeUnit.MINUTES);
        }
    }
}
