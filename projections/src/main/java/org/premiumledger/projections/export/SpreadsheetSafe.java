package org.premiumledger.projections.export;

/**
 * Neutralises text that a spreadsheet would run as a formula (OWASP's CSV injection advice): a
 * leading {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a single quote in
 * front. Amounts never pass through here, so a negative amount stays a number.
 */
final class SpreadsheetSafe {

  private SpreadsheetSafe() {}

  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    char first = value.charAt(0);
    boolean formulaLike =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formulaLike ? "'" + value : value;
  }
}
