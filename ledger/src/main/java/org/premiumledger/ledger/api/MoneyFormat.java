package org.premiumledger.ledger.api;

/**
 * Converts between cents and the two-decimal strings that files and exports carry ("612.40").
 * Parsing is exact: it never goes through a binary floating-point number.
 */
public final class MoneyFormat {

  private MoneyFormat() {}

  public static String decimal(long cents) {
    String sign = cents < 0 ? "-" : "";
    long magnitude = Math.abs(cents);
    long units = magnitude / 100;
    long fraction = magnitude % 100;
    return sign + units + "." + (fraction < 10 ? "0" : "") + fraction;
  }

  /**
   * Parses dollars with exactly two decimals ("612.40", "-3.05", "0.99") into cents.
   *
   * @throws IllegalArgumentException naming what was expected and what was found
   */
  public static long parseDollars(String text) {
    if (text == null || !text.matches("-?\\d{1,13}\\.\\d{2}")) {
      throw new IllegalArgumentException(
          "expected dollars with two decimals such as 612.40, found '" + text + "'");
    }
    boolean negative = text.startsWith("-");
    String digits = (negative ? text.substring(1) : text).replace(".", "");
    long cents = Long.parseLong(digits);
    return negative ? -cents : cents;
  }
}
