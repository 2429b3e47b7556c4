package dev.truecoding.connection;

import dev.truecoding.system.TrueCodingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the token keyset comes from: {@code TRUECODING_ENCRYPTION_KEYSET} when set (several instances must share
 * one key), else {@code <data-dir>/keys/token-keyset.json}, generated on first run and readable by its owner only.
 */
@Configuration(proxyBeanMethods = false)
class TokenKeyset {

    private static final Logger log = LoggerFactory.getLogger(TokenKeyset.class);

    @Bean
    TokenCipher tokenCipher(@Value("${truecoding.encryption-keyset:}") String keyset, TrueCodingProperties properties) {
        if (keyset != null && !keyset.isBlank()) {
            return TokenCipher.fromJsonKeyset(keyset);
        }
        return TokenCipher.fromJsonKeyset(readOrCreate(properties.dataDir().resolve("keys").resolve("token-keyset.json")));
    }

    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            Path directory = Files.createDirectories(file.getParent());
            boolean posix = Files.getFileStore(directory).supportsFileAttributeView("posix");
            if (posix) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
            // Written under a temporary name, owner-only from the start, then linked into place: the key is never
            // readable by others, never half-written, and if another instance sharing the data directory won the
            // race, its keyset is the one used.
            Path temporary = posix
                    ? Files.createTempFile(directory, "token-keyset", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(directory, "token-keyset", ".tmp");
            try {
                String keyset = TokenCipher.newJsonKeyset();
                Files.writeString(temporary, keyset, StandardCharsets.UTF_8);
                Files.createLink(file, temporary);
                log.info("Generated a token encryption keyset in {}; back it up: stored tokens cannot be read without it", file);
                return keyset;
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the token keyset " + file, e);
        }
    }
}
