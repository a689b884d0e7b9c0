package org.premiumledger.app.staff;

/**
 * A second factor being enrolled: the secret stays on the server (in the enrolling page's state)
 * until a code from the authenticator app confirms it; {@code qrCodePng} and {@code otpauthUri}
 * carry it to the app.
 */
public record SecondFactorEnrolment(String secret, String otpauthUri, byte[] qrCodePng) {

  @Override
  public String toString() {
    return "SecondFactorEnrolment[secret hidden]";
  }
}
