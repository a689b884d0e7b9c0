package org.premiumledger.ledger.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.regex.Pattern;
import org.premiumledger.ledger.api.BillingAccountId;
import org.premiumledger.ledger.api.MoneyFormat;

/** Reads typed values from a row; a bad value is a fault naming the line, column and value. */
final class Fields {

  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,13}(\\.\\d{1,2})?");
  private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Fields() {}

  static String required(CsvTable.Row row, String column) {
    if (!row.has(column)) {
      throw row.fault(column, "a value");
    }
    return row.get(column);
  }

  static String text(CsvTable.Row row, String column, int maxLength) {
    String value = required(row, column);
    if (value.length() > maxLength) {
      throw row.fault(column, "at most " + maxLength + " characters");
    }
    return value;
  }

  /** Dollars with exactly two decimals, as the exchange's own files carry them. */
  static long dollars(CsvTable.Row row, String column) {
    try {
      return MoneyFormat.parseDollars(required(row, column));
    } catch (IllegalArgumentException e) {
      throw row.fault(column, "dollars with two decimals such as 612.40");
    }
  }

  /** A processor's decimal amount ("12", "12.5", "-12.50"), read exactly, into cents. */
  static long decimalCents(CsvTable.Row row, String column) {
    String value = row.get(column).replace(",", "");
    if (value.isBlank()) {
      return 0;
    }
    if (!DECIMAL.matcher(value).matches()) {
      throw row.fault(column, "an amount such as 12.50");
    }
    return new BigDecimal(value).movePointRight(2).longValueExact();
  }

  static LocalDate date(CsvTable.Row row, String column) {
    try {
      return LocalDate.parse(required(row, column));
    } catch (DateTimeParseException e) {
      throw row.fault(column, "a date YYYY-MM-DD");
    }
  }

  static LocalDate optionalDate(CsvTable.Row row, String column, LocalDate otherwise) {
    return row.has(column) ? date(row, column) : otherwise;
  }

  /** "2027-01-05 14:03:11" or ISO "2027-01-05T14:03:11Z"; a zone-less time is in {@code zone}. */
  static Instant timestamp(CsvTable.Row row, String column, ZoneId zone) {
    String value = required(row, column);
    try {
      if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return java.time.OffsetDateTime.parse(value.replace(' ', 'T')).toInstant();
      }
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay(zone).toInstant();
      }
      return LocalDateTime.parse(value, DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm:ss"))
          .atZone(zone)
          .toInstant();
    } catch (DateTimeParseException e) {
      throw row.fault(column, "a date and time such as 2027-01-05 14:03:11");
    }
  }

  static Currency currency(CsvTable.Row row, String column) {
    try {
      return Currency.getInstance(required(row, column).toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.fault(column, "an ISO 4217 currency code such as USD");
    }
  }

  /** A billing account id, or null when the column is blank. */
  static BillingAccountId optionalAccount(CsvTable.Row row, String column) {
    if (!row.has(column)) {
      return null;
    }
    if (!ACCOUNT.matcher(row.get(column)).matches()) {
      throw row.fault(column, "a billing account id of letters, digits, '.', '-' or '_'");
    }
    return new BillingAccountId(row.get(column));
  }

  static BillingAccountId account(CsvTable.Row row, String column) {
    required(row, column);
    return optionalAccount(row, column);
  }
}
