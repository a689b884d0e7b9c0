package org.premiumledger.app.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class SecretCipherTest {

  @TempDir Path dataDirectory;

  @Test
  void aSecretDecryptsOnlyInItsOwnContext() {
    SecretCipher cipher = new SecretCipher(withKey(new byte[32]));
    byte[] secret = "JBSWY3DPEHPK3PXP".getBytes(StandardCharsets.US_ASCII);

    byte[] stored = cipher.encrypt(secret, "user-1");

    assertThat(cipher.decrypt(stored, "user-1")).isEqualTo(secret);
    assertThat(stored).hasSize(12 + 16 + 16);
    assertThatThrownBy(() -> cipher.decrypt(stored, "user-2"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theSameSecretEncryptsDifferentlyEachTime() {
    SecretCipher cipher = new SecretCipher(withKey(new byte[32]));
    byte[] secret = {1, 2, 3};

    assertThat(cipher.encrypt(secret, "c")).isNotEqualTo(cipher.encrypt(secret, "c"));
  }

  @Test
  void withoutAKeyInTheEnvironmentOneIsGeneratedOnceUnderTheDataDirectory() throws Exception {
    MockEnvironment environment =
        new MockEnvironment().withProperty("premium-ledger.data-dir", dataDirectory.toString());

    byte[] stored = new SecretCipher(environment).encrypt(new byte[] {7}, "c");
    byte[] decrypted = new SecretCipher(environment).decrypt(stored, "c");

    Path key = dataDirectory.resolve("keys/encryption.key");
    assertThat(decrypted).containsExactly(7);
    assertThat(Base64.getDecoder().decode(Files.readString(key))).hasSize(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
        .isEqualTo("rw-------");
  }

  @Test
  void aKeyOfTheWrongLengthIsRefusedByName() {
    assertThatThrownBy(() -> new SecretCipher(withKey(new byte[16])))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PREMIUM_LEDGER_ENCRYPTION_KEY: expected a key of 32 bytes, found 16");
  }

  private static MockEnvironment withKey(byte[] key) {
    return new MockEnvironment()
        .withProperty(SecretCipher.KEY_VARIABLE, Base64.getEncoder().encodeToString(key));
  }
}
