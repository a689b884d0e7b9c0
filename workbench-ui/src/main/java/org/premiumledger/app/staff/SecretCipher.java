package org.premiumledger.app.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets at rest (TOTP secrets) with AES-256-GCM. The key is {@code
 * PREMIUM_LEDGER_ENCRYPTION_KEY} (32 bytes, Base64) when set, as it must be when several nodes
 * share one database; otherwise a key generated once under the data directory ({@code
 * keys/encryption.key}, readable by its owner only). Each ciphertext is bound to a context (the
 * user id), so a secret copied to another row does not decrypt.
 */
@Component
class SecretCipher {

  static final String KEY_VARIABLE = "PREMIUM_LEDGER_ENCRYPTION_KEY";
  private static final int KEY_BYTES = 32;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  SecretCipher(Environment environment) {
    this.key = new SecretKeySpec(loadOrCreateKey(environment), "AES");
  }

  byte[] encrypt(byte[] plaintext, String context) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] ciphertext = cipher.doFinal(plaintext);
      return ByteBuffer.allocate(iv.length + ciphertext.length).put(iv).put(ciphertext).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  byte[] decrypt(byte[] stored, String context) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "a stored secret does not decrypt: wrong " + KEY_VARIABLE + " or tampered data", e);
    }
  }

  private static byte[] loadOrCreateKey(Environment environment) {
    String configured = environment.getProperty(KEY_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      return decodeKey(configured.trim(), KEY_VARIABLE);
    }
    Path file = dataDirectory(environment).resolve("keys").resolve("encryption.key");
    try {
      if (!Files.exists(file)) {
        writeNewKey(file);
      }
      return decodeKey(Files.readString(file).trim(), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the encryption key " + file, e);
    }
  }

  /**
   * The same data directory as the ledger's embedded database (the ledger's {@code DataDirectory},
   * which this module may not import): {@code --data-dir}, else {@code PREMIUM_LEDGER_HOME}, else
   * {@code ~/.premium-ledger}.
   */
  private static Path dataDirectory(Environment environment) {
    String configured = environment.getProperty("premium-ledger.data-dir");
    if (configured == null || configured.isBlank()) {
      configured = environment.getProperty("PREMIUM_LEDGER_HOME");
    }
    if (configured == null || configured.isBlank()) {
      return Path.of(System.getProperty("user.home"), ".premium-ledger");
    }
    return Path.of(configured).toAbsolutePath();
  }

  private static void writeNewKey(Path file) throws IOException {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), "encryption", ".tmp");
    restrictToOwner(temporary);
    Files.writeString(
        temporary, Base64.getEncoder().encodeToString(key), StandardOpenOption.TRUNCATE_EXISTING);
    // another node or process may have won the race: keep whichever key was there first
    try {
      Files.move(temporary, file);
    } catch (java.nio.file.FileAlreadyExistsException alreadyThere) {
      Files.delete(temporary);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      file.toFile().setReadable(false, false);
      file.toFile().setReadable(true, true);
    }
  }

  private static byte[] decodeKey(String base64, String source) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(source + ": expected a Base64 key, found something else");
    }
    if (key.length != KEY_BYTES) {
      throw new IllegalStateException(
          source + ": expected a key of " + KEY_BYTES + " bytes, found " + key.length);
    }
    return key;
  }
}
