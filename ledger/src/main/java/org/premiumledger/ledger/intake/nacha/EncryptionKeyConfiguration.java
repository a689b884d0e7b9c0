package org.premiumledger.ledger.intake.nacha;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.premiumledger.ledger.platform.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The key that seals bank account numbers: {@code PREMIUM_LEDGER_ENCRYPTION_KEY} (32 bytes, base64)
 * from the environment; without it, a key generated once under the data directory ({@code
 * keys/bank-accounts.key}, readable by its owner only), which suits the embedded default. Nodes
 * that share a database must share the environment key.
 */
@Configuration(proxyBeanMethods = false)
class EncryptionKeyConfiguration {

  static final String KEY_VARIABLE = "PREMIUM_LEDGER_ENCRYPTION_KEY";
  private static final Logger log = LoggerFactory.getLogger(EncryptionKeyConfiguration.class);

  @Bean
  BankAccountCipher bankAccountCipher(Environment environment) {
    String configured = environment.getProperty(KEY_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      return new BankAccountCipher(decode(configured.strip(), KEY_VARIABLE));
    }
    Path keyFile = DataDirectory.resolve(environment).resolve("keys").resolve("bank-accounts.key");
    return new BankAccountCipher(keyUnder(keyFile));
  }

  static byte[] keyUnder(Path keyFile) {
    try {
      if (!Files.exists(keyFile)) {
        generate(keyFile);
      }
      return decode(Files.readString(keyFile).strip(), keyFile.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the key " + keyFile, e);
    }
  }

  private static void generate(Path keyFile) throws IOException {
    Files.createDirectories(
        keyFile.getParent(),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    // written whole to a temporary file, then linked into place: a second process either finds
    // no key or a complete one, and only the first link wins
    Path temporary =
        Files.createTempFile(
            keyFile.getParent(),
            "key",
            ".tmp",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n");
      Files.createLink(keyFile, temporary);
      log.info("generated the bank account encryption key under the data directory");
    } catch (FileAlreadyExistsException anotherProcessWasFirst) {
      log.debug("another process generated the key first");
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static byte[] decode(String base64, String source) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "expected a base64 key of 32 bytes in " + source + ", found something else");
    }
  }
}
