package org.premiumledger.app.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's API keys, from {@code premium-ledger.api-keys} (comma-separated; set it from the
 * environment, {@code PREMIUM_LEDGER_API_KEYS}). Keys are kept only as SHA-256 digests and a
 * presented key is compared with every one of them in constant time, so neither the time taken nor
 * an early exit tells an attacker how much of a key was right.
 */
@Component
class ApiKeys {

  private final List<byte[]> digests;

  ApiKeys(@Value("${premium-ledger.api-keys:}") String configured) {
    this.digests =
        Arrays.stream(configured.split(","))
            .map(String::trim)
            .filter(key -> !key.isEmpty())
            .map(ApiKeys::digest)
            .toList();
  }

  boolean isValid(String presented) {
    byte[] candidate = digest(presented);
    boolean valid = false;
    for (byte[] known : digests) {
      valid |= MessageDigest.isEqual(known, candidate);
    }
    return valid;
  }

  private static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
