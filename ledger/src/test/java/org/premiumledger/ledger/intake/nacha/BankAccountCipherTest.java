package org.premiumledger.ledger.intake.nacha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankAccountCipherTest {

  private final BankAccountCipher cipher = new BankAccountCipher(new byte[32]);

  @Test
  void sealsAndOpensWithoutTheNumberInTheSealedText() {
    String sealed = cipher.seal("123456789", "bank-account");

    assertThat(sealed).startsWith("v1.").doesNotContain("123456789");
    assertThat(cipher.open(sealed, "bank-account")).isEqualTo("123456789");
  }

  @Test
  void sealingTwiceGivesDifferentTextButTheSameFingerprint() {
    assertThat(cipher.seal("123456789", "bank-account"))
        .isNotEqualTo(cipher.seal("123456789", "bank-account"));
    assertThat(cipher.fingerprint("123456789")).isEqualTo(cipher.fingerprint("123456789"));
    assertThat(cipher.fingerprint("123456789")).isNotEqualTo(cipher.fingerprint("123456780"));
  }

  @Test
  void aValueSealedForOnePurposeDoesNotOpenForAnother() {
    String sealed = cipher.seal("123456789", "bank-account");

    assertThatThrownBy(() -> cipher.open(sealed, "quarantined-file"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anAlteredValueDoesNotOpen() {
    byte[] bytes = Base64.getDecoder().decode(cipher.seal("123456789", "x").substring(3));
    bytes[bytes.length - 1] ^= 1;
    String altered = "v1." + Base64.getEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> cipher.open(altered, "x")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anotherKeyDoesNotOpenIt() {
    byte[] otherKey = new byte[32];
    otherKey[0] = 1;
    String sealed = cipher.seal("123456789", "x");

    assertThatThrownBy(() -> new BankAccountCipher(otherKey).open(sealed, "x"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesAKeyThatIsNot256Bits() {
    assertThatThrownBy(() -> new BankAccountCipher(new byte[16])).hasMessageContaining("32-byte");
  }

  @Test
  void generatesTheKeyOnceReadableByItsOwnerOnly(@TempDir Path dataDirectory) throws Exception {
    Path keyFile = dataDirectory.resolve("keys").resolve("bank-accounts.key");

    byte[] first = EncryptionKeyConfiguration.keyUnder(keyFile);
    byte[] second = EncryptionKeyConfiguration.keyUnder(keyFile);

    assertThat(first).hasSize(32).isEqualTo(second);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
        .isEqualTo("rw-------");
  }
}
