package dev.truecoding.connection;

import dev.truecoding.system.TrueCodingProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenCipherTests {

    private final String keyset = TokenCipher.newJsonKeyset();
    private final TokenCipher cipher = TokenCipher.fromJsonKeyset(keyset);

    @Test
    void encryptsAndDecryptsForTheSameRowAndColumn() {
        String ciphertext = cipher.encrypt("gho_secret", "user-1", "github_access_token");
        assertThat(ciphertext).doesNotContain("gho_secret").isBase64();
        assertThat(cipher.encrypt("gho_secret", "user-1", "github_access_token")).isNotEqualTo(ciphertext); // random nonce
        assertThat(cipher.decrypt(ciphertext, "user-1", "github_access_token")).isEqualTo("gho_secret");
    }

    @Test
    void aCiphertextMovedToAnotherRowOrColumnDoesNotDecrypt() {
        String ciphertext = cipher.encrypt("gho_secret", "user-1", "github_access_token");
        assertThatThrownBy(() -> cipher.decrypt(ciphertext, "user-2", "github_access_token"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("gho_secret");
        assertThatThrownBy(() -> cipher.decrypt(ciphertext, "user-1", "github_refresh_token"))
                .isInstanceOf(IllegalArgumentException.class);
        // Length-prefixed associated data: shifting the separator between owner and column does not help.
        String shifted = cipher.encrypt("x", "a/b", "c");
        assertThatThrownBy(() -> cipher.decrypt(shifted, "a", "b/c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTamperedCiphertextOrAnotherKeyIsRefused() {
        byte[] bytes = java.util.Base64.getDecoder().decode(cipher.encrypt("gho_secret", "u", "c"));
        bytes[bytes.length - 1] ^= 1;
        String tampered = java.util.Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.decrypt(tampered, "u", "c")).isInstanceOf(IllegalArgumentException.class);
        String ciphertext = cipher.encrypt("gho_secret", "u", "c");
        TokenCipher other = TokenCipher.fromJsonKeyset(TokenCipher.newJsonKeyset());
        assertThatThrownBy(() -> other.decrypt(ciphertext, "u", "c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void afterRotationOldCiphertextsStillDecryptAndNewOnesUseTheNewKey() {
        String old = cipher.encrypt("gho_old", "u", "c");
        String rotatedKeyset = TokenCipher.withNewPrimaryKey(keyset);
        TokenCipher rotated = TokenCipher.fromJsonKeyset(rotatedKeyset);

        assertThat(rotated.decrypt(old, "u", "c")).isEqualTo("gho_old");
        String fresh = rotated.encrypt("gho_new", "u", "c");
        assertThat(rotated.decrypt(fresh, "u", "c")).isEqualTo("gho_new");
        // The new primary key is not in the old keyset: proof the new ciphertext used it.
        assertThatThrownBy(() -> cipher.decrypt(fresh, "u", "c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInvalidKeysetIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> TokenCipher.fromJsonKeyset("{\"secret\":\"do-not-print\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("do-not-print");
    }

    @Test
    void theKeysetFileIsCreatedOwnerOnlyOnFirstRunAndReusedAfter(@TempDir Path dataDir) throws Exception {
        Path file = dataDir.resolve("keys").resolve("token-keyset.json");
        String first = TokenKeyset.readOrCreate(file);
        assertThat(file).exists();
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        }
        assertThat(TokenKeyset.readOrCreate(file)).isEqualTo(first);
        String ciphertext = TokenCipher.fromJsonKeyset(first).encrypt("t", "u", "c");
        assertThat(TokenCipher.fromJsonKeyset(TokenKeyset.readOrCreate(file)).decrypt(ciphertext, "u", "c")).isEqualTo("t");
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void aKeysetFromTheEnvironmentIsUsedAndNoFileIsWritten(@TempDir Path dataDir) {
        String keyset = TokenCipher.newJsonKeyset();

        TokenCipher cipher = new TokenKeyset().tokenCipher(keyset, new TrueCodingProperties(dataDir, null, null));

        assertThat(TokenCipher.fromJsonKeyset(keyset).decrypt(cipher.encrypt("t", "u", "c"), "u", "c")).isEqualTo("t");
        assertThat(dataDir.resolve("keys")).doesNotExist();
    }
}
