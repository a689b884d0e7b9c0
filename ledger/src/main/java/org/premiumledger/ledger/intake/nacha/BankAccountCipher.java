package org.premiumledger.ledger.intake.nacha;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals bank account numbers (and whole bank files) with AES-256-GCM from the JDK's own provider: a
 * fresh 96-bit nonce per value, a 128-bit tag, and the purpose as associated data so that a value
 * sealed for one use cannot be passed off as another. Sealed text reads {@code v1.<base64>}. A
 * keyed fingerprint (HMAC-SHA256 under a key derived from the same secret) tells whether two
 * accounts are the same without opening either. See docs/readme/nacha.md.
 */
public final class BankAccountCipher {

  static final String VERSION = "v1.";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec encryptionKey;
  private final SecretKeySpec fingerprintKey;
  private final SecureRandom random = new SecureRandom();

  public BankAccountCipher(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException(
          "expected a 256-bit (32-byte) encryption key, found " + key.length + " bytes");
    }
    this.encryptionKey = new SecretKeySpec(derive(key, "premium-ledger seal"), "AES");
    this.fingerprintKey =
        new SecretKeySpec(derive(key, "premium-ledger fingerprint"), "HmacSHA256");
  }

  public String seal(String plaintext, String purpose) {
    return sealBytes(plaintext.getBytes(StandardCharsets.UTF_8), purpose);
  }

  public String open(String sealed, String purpose) {
    return new String(openBytes(sealed, purpose), StandardCharsets.UTF_8);
  }

  public String sealBytes(byte[] plaintext, String purpose) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plaintext);
      ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length);
      out.put(nonce).put(sealed);
      return VERSION + Base64.getEncoder().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable in this JDK", e);
    }
  }

  public byte[] openBytes(String sealed, String purpose) {
    if (sealed == null || !sealed.startsWith(VERSION)) {
      throw new IllegalArgumentException("expected a value sealed as v1, found another format");
    }
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          encryptionKey,
          new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "a sealed value does not open with this key (wrong key, or the value was altered)", e);
    }
  }

  /** The same input gives the same fingerprint under the same key; reveals nothing else. */
  public String fingerprint(String plaintext) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(fingerprintKey);
      byte[] digest = mac.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable in this JDK", e);
    }
  }

  /** One key per use, derived from the secret (HMAC-SHA256 as a key derivation function). */
  private static byte[] derive(byte[] secret, String label) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable in this JDK", e);
    }
  }
}
