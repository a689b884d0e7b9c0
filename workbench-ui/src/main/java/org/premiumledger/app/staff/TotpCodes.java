package org.premiumledger.app.staff;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps, what every
 * authenticator app reads), through the {@code dev.samstevens.totp} library. A code is accepted for
 * its own step and one step either side, for clocks that drift.
 */
final class TotpCodes {

  static final int PERIOD_SECONDS = 30;
  static final int DIGITS = 6;
  private static final int SECRET_CHARACTERS = 32;
  private static final int RECOVERY_CODES = 10;
  private static final int ALLOWED_STEP_DRIFT = 1;

  private final DefaultCodeGenerator generator =
      new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

  /** A new secret: 32 Base32 characters, 160 random bits. */
  String newSecret() {
    return new DefaultSecretGenerator(SECRET_CHARACTERS).generate();
  }

  String otpauthUri(String issuer, String username, String secret) {
    return qrData(issuer, username, secret).getUri();
  }

  byte[] qrCodePng(String issuer, String username, String secret) {
    try {
      return new ZxingPngQrGenerator().generate(qrData(issuer, username, secret));
    } catch (QrGenerationException e) {
      throw new IllegalStateException("cannot draw the enrolment QR code", e);
    }
  }

  /** The step the code belongs to, if it is right for now or one step either side. */
  OptionalLong matchingStep(String secret, String code, Instant now) {
    if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long step = current - ALLOWED_STEP_DRIFT; step <= current + ALLOWED_STEP_DRIFT; step++) {
      if (MessageDigest.isEqual(bytes(codeAt(secret, step)), bytes(code))) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  String codeAt(String secret, long step) {
    try {
      return generator.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("cannot compute a TOTP code", e);
    }
  }

  static long step(Instant instant) {
    return instant.getEpochSecond() / PERIOD_SECONDS;
  }

  /** Ten single-use recovery codes such as {@code 3k9f-q2xp-7m4c-hw8t} (about 80 bits each). */
  List<String> newRecoveryCodes() {
    return List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
  }

  /** The digest a recovery code is stored as, forgiving case and spaces in what was typed. */
  static String recoveryCodeDigest(String typed) {
    String normalized = typed.trim().toLowerCase(Locale.ROOT).replace(" ", "");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes(normalized));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static QrData qrData(String issuer, String username, String secret) {
    return new QrData.Builder()
        .label(username)
        .secret(secret)
        .issuer(issuer)
        .algorithm(HashingAlgorithm.SHA1)
        .digits(DIGITS)
        .period(PERIOD_SECONDS)
        .build();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
