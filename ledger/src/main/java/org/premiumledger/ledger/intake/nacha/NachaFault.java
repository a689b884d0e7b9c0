package org.premiumledger.ledger.intake.nacha;

/** A fault in a NACHA file: where (line and field), what the format expects and what was found. */
final class NachaFault extends Exception {

  private final int line;
  private final String field;
  private final String expected;
  private final String found;

  NachaFault(int line, String field, String expected, String found) {
    super(
        "line " + line + " " + field + ": expected " + expected + ", found " + found,
        null,
        false,
        false);
    this.line = line;
    this.field = field;
    this.expected = expected;
    this.found = found;
  }

  int line() {
    return line;
  }

  String field() {
    return field;
  }

  String expected() {
    return expected;
  }

  String found() {
    return found;
  }
}
