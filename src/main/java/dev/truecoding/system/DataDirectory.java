package dev.truecoding.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code TRUECODING_DATA_DIR}, created owner-only before anything is stored in it (the database connection is
 * built after it), and made owner-only if an earlier version left it open. The embedded database's files are
 * made owner-only once it has created them.
 */
@Component
class DataDirectory {

    private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);

    private final Path root;

    DataDirectory(TrueCodingProperties properties) {
        this.root = properties.dataDir().toAbsolutePath().normalize();
        try {
            OwnerOnly.createDirectories(root);
            if (OwnerOnly.restrict(root)) {
                log.warn("The data directory {} was readable by other users; it is now readable by its owner only", root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + root, e);
        }
    }

    Path embeddedDatabaseDirectory() {
        Path db = root.resolve("db");
        try {
            OwnerOnly.createDirectories(db);
            OwnerOnly.restrict(db);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database directory " + db, e);
        }
        return db;
    }

    @EventListener(ApplicationStartedEvent.class)
    void restrictDatabaseFiles() throws IOException {
        Path db = root.resolve("db");
        if (!Files.isDirectory(db)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(db)) {
            for (Path file : files) {
                OwnerOnly.restrict(file);
            }
        }
    }
}
