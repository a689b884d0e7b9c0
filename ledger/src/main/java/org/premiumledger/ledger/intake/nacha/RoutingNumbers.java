package org.premiumledger.ledger.intake.nacha;

/** ABA routing numbers: eight digits of bank identity and a check digit (weights 3, 7, 1). */
final class RoutingNumbers {

  private static final int[] WEIGHTS = {3, 7, 1, 3, 7, 1, 3, 7};

  private RoutingNumbers() {}

  /** The check digit of an 8-digit DFI identification. */
  static int checkDigit(String eightDigits) {
    if (!eightDigits.matches("\\d{8}")) {
      throw new IllegalArgumentException("expected 8 digits, found '" + eightDigits + "'");
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (eightDigits.charAt(i) - '0') * WEIGHTS[i];
    }
    return (10 - sum % 10) % 10;
  }

  static boolean isValid(String nineDigits) {
    return nineDigits != null
        && nineDigits.matches("\\d{9}")
        && checkDigit(nineDigits.substring(0, 8)) == nineDigits.charAt(8) - '0';
  }

  /** A full routing number for an 8-digit DFI identification. */
  static String withCheckDigit(String eightDigits) {
    return eightDigits + checkDigit(eightDigits);
  }
}
