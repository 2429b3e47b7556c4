package dev.truecoding.toolchain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A log file that keeps only its last {@code limitBytes}: lines are appended, and once the file holds twice the
 * limit it is cut back to the last limit's worth, at a line start. Readers may tail the file at any time.
 */
public final class BoundedLog {

    private final Path file;
    private final long limitBytes;
    private long size;

    public BoundedLog(Path file, long limitBytes) {
        this.file = file;
        this.limitBytes = limitBytes;
        try {
            Files.createDirectories(file.getParent());
            size = Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path file() {
        return file;
    }

    public synchronized void append(String line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            size += bytes.length;
            if (size > 2 * limitBytes) {
                String kept = tail((int) limitBytes);
                Files.writeString(file, kept);
                size = kept.getBytes(StandardCharsets.UTF_8).length;
            }
        } catch (IOException e) {
            // A log that cannot be written must not stop the app or its build.
        }
    }

    /** The last {@code maxBytes} of the log, from the first whole line. */
    public synchronized String tail(int maxBytes) {
        return tail(file, maxBytes);
    }

    public static String tail(Path file, int maxBytes) {
        try {
            if (!Files.exists(file)) {
                return "";
            }
            byte[] all = Files.readAllBytes(file);
            if (all.length <= maxBytes) {
                return new String(all, StandardCharsets.UTF_8);
            }
            String end = new String(all, all.length - maxBytes, maxBytes, StandardCharsets.UTF_8);
            int lineStart = end.indexOf('\n');
            return lineStart < 0 ? end : end.substring(lineStart + 1);
        } catch (IOException e) {
            return "";
        }
    }
}
