package dev.truecoding.system;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseUrlTests {

    @Test
    void readsTheSeedsNeonForm() {
        var url = DatabaseUrl.parse("postgresql://alex:s3cr%40t@ep-cool-darkness-123.eu-central-1.aws.neon.tech:5432/neondb?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://ep-cool-darkness-123.eu-central-1.aws.neon.tech:5432/neondb?sslmode=require");
        assertThat(url.username()).isEqualTo("alex");
        assertThat(url.password()).isEqualTo("s3cr@t");
        assertThat(url.isPostgres()).isTrue();
    }

    @Test
    void readsPostgresSchemeWithoutPortOrPassword() {
        var url = DatabaseUrl.parse("postgres://app@db.internal/truecoding");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal/truecoding");
        assertThat(url.username()).isEqualTo("app");
        assertThat(url.password()).isNull();
    }

    @Test
    void keepsAJdbcUrlAsItIs() {
        var url = DatabaseUrl.parse("  jdbc:postgresql://127.0.0.1:5432/test?user=postgres ");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        assertThat(url.username()).isNull();
    }

    @Test
    void embeddedIsAnH2FileInTheDataDirectoryInPostgresMode() {
        var url = DatabaseUrl.embedded(Path.of("/srv/truecoding/data"));
        assertThat(url.jdbcUrl()).startsWith("jdbc:h2:file:/srv/truecoding/data/db/truecoding;MODE=PostgreSQL");
        assertThat(url.isPostgres()).isFalse();
    }

    @Test
    void refusesOtherSchemesWithAClearMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("mysql://root@localhost/db"))
                .withMessageContaining("postgresql://");
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(DatabaseUrl.parse("postgresql://alex:hunter2@host/db").toString()).doesNotContain("hunter2");
    }
}
