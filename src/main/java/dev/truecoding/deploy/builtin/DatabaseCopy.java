package dev.truecoding.deploy.builtin;

import dev.truecoding.toolchain.Trees;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A consistent copy of a live app's embedded database, taken while the app keeps serving: the generated app's
 * token-guarded {@code GET /api/truecoding/database} answers PGlite's {@code dumpDataDir()} tarball (read in one go
 * inside the app's single database process, after a checkpoint), unpacked here into a folder PGlite opens as it
 * is. Copying the files under a running PGlite instead could catch a page half-written.
 *
 * <p>The tarball comes from people's code, so it is read as untrusted: regular files and folders only, every path
 * inside the target folder, and a size bound.
 */
public final class DatabaseCopy {

    /** Larger than any embedded database this deployer is meant for; a bigger answer is refused, not unpacked. */
    static final long MAX_BYTES = 8L << 30;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();

    private DatabaseCopy() {
    }

    /** What a copy took: its size and time, for the progress and the benchmark. */
    public record Copied(long bytes, Duration took) {
        public String words() {
            return String.format(java.util.Locale.ROOT, "%.1f MB in %.2f s", bytes / 1e6, took.toMillis() / 1000.0);
        }
    }

    /**
     * Asks the app on {@code port} for its database and unpacks it into {@code target} (replaced); null when the
     * app has no such route (deployed before it existed: 404) or does not keep an embedded database (409).
     *
     * @throws IOException when the app answered something else, or the tarball is not one to unpack
     */
    public static Copied fromApp(int port, String token, Path target, Duration timeout)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/truecoding/database"))
                .header("Authorization", "Bearer " + token).timeout(timeout).GET().build();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() == 404 || response.statusCode() == 409) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new IOException("the app answered HTTP " + response.statusCode() + " when asked for a copy of its database");
            }
            long bytes = unpack(body, target);
            return new Copied(bytes, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** Copies a database folder no process has open (the fallback: the app is stopped meanwhile). */
    public static Copied ofFolder(Path database, Path target) throws IOException {
        long started = System.nanoTime();
        Trees.delete(target);
        Files.createDirectories(target);
        if (Files.isDirectory(database)) {
            Trees.copy(database, target, java.util.Set.of());
        }
        long bytes;
        try (var walk = Files.walk(target)) {
            bytes = walk.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
        return new Copied(bytes, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Unpacks a tarball into {@code target} (emptied first); the bytes of its files. */
    static long unpack(InputStream tar, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        Trees.delete(root);
        Files.createDirectories(root);
        long total = 0;
        try (TarArchiveInputStream in = new TarArchiveInputStream(tar)) {
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                while (name.startsWith("/")) {
                    name = name.substring(1); // PGlite names its entries from the data folder's root, "/base/1/112"
                }
                if (name.isEmpty()) {
                    continue;
                }
                Path path = root.resolve(name).normalize();
                if (!path.startsWith(root) || path.equals(root)) {
                    throw new IOException("the database copy names a path outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isFile()) {
                    total += entry.getSize();
                    if (total > MAX_BYTES) {
                        throw new IOException("the database copy is larger than " + (MAX_BYTES >> 30) + " GiB");
                    }
                    Files.createDirectories(path.getParent());
                    Files.copy(in, path);
                } else {
                    throw new IOException("the database copy holds a link or device, which a data folder never has: "
                            + entry.getName());
                }
            }
        }
        return total;
    }
}
