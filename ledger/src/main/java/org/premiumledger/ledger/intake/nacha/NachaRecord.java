package org.premiumledger.ledger.intake.nacha;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;

/** One 94-character record and its line; reads fields by their 1-based positions. */
final class NachaRecord {

  private final int line;
  private final String text;

  NachaRecord(int line, String text) {
    this.line = line;
    this.text = text;
  }

  int line() {
    return line;
  }

  char type() {
    return text.charAt(0);
  }

  String text() {
    return text;
  }

  /** Positions {@code start} to {@code end}, inclusive, as the NACHA layouts number them. */
  String field(int start, int end) {
    return text.substring(start - 1, end);
  }

  String text(String name, int start, int end) {
    return field(start, end).strip();
  }

  String required(String name, int start, int end) throws NachaFault {
    String value = field(start, end).strip();
    if (value.isEmpty()) {
      throw fault(name, "a value in positions " + start + "-" + end, "blanks");
    }
    return value;
  }

  String digits(String name, int start, int end) throws NachaFault {
    String value = field(start, end);
    if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw fault(name, (end - start + 1) + " digits", quoted(value));
    }
    return value;
  }

  long number(String name, int start, int end) throws NachaFault {
    return Long.parseLong(digits(name, start, end));
  }

  String blanks(String name, int start, int end) throws NachaFault {
    String value = field(start, end);
    if (!value.isBlank()) {
      throw fault(name, "blanks", quoted(value));
    }
    return value;
  }

  void literal(String name, int start, int end, String expected) throws NachaFault {
    String value = field(start, end);
    if (!value.equals(expected)) {
      throw fault(name, quoted(expected), quoted(value));
    }
  }

  /** A YYMMDD date. */
  LocalDate date(String name, int start, int end) throws NachaFault {
    String value = field(start, end);
    if (!value.matches("\\d{6}")) {
      throw fault(name, "a date YYMMDD", quoted(value));
    }
    try {
      return LocalDate.of(
          2000 + Integer.parseInt(value.substring(0, 2)),
          Integer.parseInt(value.substring(2, 4)),
          Integer.parseInt(value.substring(4, 6)));
    } catch (DateTimeException e) {
      throw fault(name, "a date YYMMDD", quoted(value));
    }
  }

  /** A YYMMDD date, or blanks (null). */
  LocalDate optionalDate(String name, int start, int end) throws NachaFault {
    return field(start, end).isBlank() ? null : date(name, start, end);
  }

  /** An HHMM time, or blanks (null). */
  LocalTime optionalTime(String name, int start, int end) throws NachaFault {
    String value = field(start, end);
    if (value.isBlank()) {
      return null;
    }
    try {
      if (!value.matches("\\d{4}")) {
        throw new DateTimeException(value);
      }
      return LocalTime.of(
          Integer.parseInt(value.substring(0, 2)), Integer.parseInt(value.substring(2, 4)));
    } catch (DateTimeException e) {
      throw fault(name, "a time HHMM or blanks", quoted(value));
    }
  }

  NachaFault fault(String field, String expected, String found) {
    return new NachaFault(line, field, expected, found);
  }

  static String quoted(String value) {
    return "'" + value + "'";
  }
}
