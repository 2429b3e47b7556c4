package dev.truecoding.connection;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Encrypts secrets stored in database columns (GitHub and Vercel tokens, a deployment's environment values) with Tink's AEAD
 * (AES256-GCM). The associated data names the row and the column, so a ciphertext copied into another person's
 * row, or from the refresh-token column into the access-token column, no longer decrypts.
 * <p>
 * The keyset may hold several keys: new ciphertexts use the primary, old ones still decrypt with the key that made
 * them (Tink prefixes each ciphertext with its key id). To rotate, add a new primary key with
 * {@link #withNewPrimaryKey(String)} (or Tinkey's {@code add-key} then {@code promote-key}), and keep the old keys in
 * the keyset until every stored value has been rewritten.
 */
public final class TokenCipher {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Aead aead;

    private TokenCipher(Aead aead) {
        this.aead = aead;
    }

    /** A cipher for a Tink JSON keyset (clear-text keys, as read from the environment or the keyset file). */
    public static TokenCipher fromJsonKeyset(String keysetJson) {
        try {
            KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get());
            return new TokenCipher(keyset.getPrimitive(RegistryConfiguration.get(), Aead.class));
        } catch (GeneralSecurityException | RuntimeException e) {
            // The exception text may quote the keyset: say only what is wrong.
            throw new IllegalArgumentException("The token encryption keyset is not a valid Tink JSON AEAD keyset.");
        }
    }

    /** A new keyset with one AES256-GCM key, as Tink JSON. */
    public static String newJsonKeyset() {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(
                    KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not generate a keyset", e);
        }
    }

    /** Rotation: the same keyset with a new AES256-GCM key made primary; the old keys stay to decrypt old values. */
    public static String withNewPrimaryKey(String keysetJson) {
        try {
            KeysetHandle current = TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get());
            KeysetHandle rotated = KeysetHandle.newBuilder(current)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId().makePrimary())
                    .build();
            return TinkJsonProtoKeysetFormat.serializeKeyset(rotated, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The token encryption keyset is not a valid Tink JSON AEAD keyset.");
        }
    }

    /** Base64 ciphertext of {@code plaintext}, bound to {@code owner} (e.g. a user id) and {@code column}. */
    public String encrypt(String plaintext, String owner, String column) {
        try {
            byte[] ciphertext = aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData(owner, column));
            return Base64.getEncoder().encodeToString(ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a token", e);
        }
    }

    /**
     * The plaintext of a value made by {@link #encrypt} for the same owner and column.
     *
     * @throws IllegalArgumentException when it was made for another owner or column, with a key no longer in the
     *                                  keyset, or was tampered with
     */
    public String decrypt(String ciphertext, String owner, String column) {
        try {
            byte[] plaintext = aead.decrypt(Base64.getDecoder().decode(ciphertext), associatedData(owner, column));
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("A stored token could not be decrypted (wrong key, row or column).");
        }
    }

    /** Length-prefixed, so ("a:b", "c") and ("a", "b:c") can never give the same associated data. */
    private static byte[] associatedData(String owner, String column) {
        return ("truecoding/v1/" + owner.length() + ":" + owner + "/" + column).getBytes(StandardCharsets.UTF_8);
    }
}
