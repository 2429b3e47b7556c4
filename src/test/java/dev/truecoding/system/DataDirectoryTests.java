package dev.truecoding.system;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.git.GitHost;
import dev.truecoding.git.GitHosts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A fresh start on the embedded database, in a data directory an earlier version left readable by everyone:
 * afterwards the directory, the database files, the token keyset and a new repository are its owner's only.
 */
@SpringBootTest(properties = "truecoding.database-url=")
class DataDirectoryTests {

    static final Path DATA = Path.of("target", "test-data-owner-only-" + UUID.randomUUID()).toAbsolutePath();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(DATA, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(DATA, PosixFilePermissions.fromString("rwxr-xr-x"));
        registry.add("truecoding.data-dir", DATA::toString);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GitHosts hosts;

    @Test
    void theDataDirectoryAndWhatItHoldsAreOwnerOnly() throws IOException {
        var owner = new SignedInUser("cowner" + UUID.randomUUID().toString().substring(0, 8), "owner@example.com", "Owner");
        var repository = hosts.byId(GitHost.BUILT_IN).createRepository(owner, "private-things");

        assertThat(permissions(DATA)).isEqualTo("rwx------");
        assertThat(permissions(DATA.resolve("db"))).isEqualTo("rwx------");
        assertThat(filesIn(DATA.resolve("db"))).isNotEmpty().allSatisfy(file -> assertThat(permissions(file)).isEqualTo("rw-------"));
        assertThat(permissions(DATA.resolve("keys"))).isEqualTo("rwx------");
        assertThat(permissions(DATA.resolve("keys/token-keyset.json"))).isEqualTo("rw-------");
        assertThat(permissions(DATA.resolve("git"))).isEqualTo("rwx------");
        assertThat(permissions(DATA.resolve("git").resolve(owner.id()))).isEqualTo("rwx------");
        assertThat(permissions(DATA.resolve("git").resolve(owner.id()).resolve(repository.name() + ".git"))).isEqualTo("rwx------");
    }

    @Test
    void failedStatementsLeaveNoTraceFileNextToTheDatabase() {
        assertThatThrownBy(() -> jdbc.sql("SELECT no_such_column FROM projects").query(String.class).list())
                .isInstanceOf(RuntimeException.class);

        assertThat(filesIn(DATA.resolve("db"))).extracting(path -> path.getFileName().toString())
                .noneMatch(name -> name.endsWith(".trace.db"));
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.List<Path> filesIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
