package org.premiumledger.app.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a NACHA file of PPD premium debits the exchange originated, to the letter of the format:
 * 94-character records, file header, one batch (service class 225, debits only), entries, batch and
 * file controls with counts, entry hash and totals, and padding lines of 9s to a multiple of ten
 * records. Used by the demo only; the product's own origination lives with the NACHA intake.
 */
final class NachaDemoFile {

  /** One debit: the household's bank and account, the amount and the billing account id. */
  record Debit(
      String routingNumber,
      String accountNumber,
      long cents,
      String billingAccountId,
      String name) {}

  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  private final String odfiRoutingNumber;
  private final String odfiIdentification;
  private final String companyId;

  /**
   * @param odfiRoutingNumber our bank's nine-digit routing number
   * @param companyId our ten-character company identification
   */
  NachaDemoFile(String odfiRoutingNumber, String companyId) {
    this.odfiRoutingNumber = odfiRoutingNumber;
    this.odfiIdentification = odfiRoutingNumber.substring(0, 8);
    this.companyId = companyId;
  }

  /** A routing number made valid by its ABA check digit. */
  static String routingNumber(String firstEightDigits) {
    int[] weights = {3, 7, 1, 3, 7, 1, 3, 7};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += weights[i] * (firstEightDigits.charAt(i) - '0');
    }
    return firstEightDigits + (10 - sum % 10) % 10;
  }

  /** The trace number of the debit at this 1-based position in the file. */
  String traceNumber(int fileSequence, int position) {
    return odfiIdentification + String.format("%07d", fileSequence * 10_000 + position);
  }

  String write(LocalDate created, LocalDate effective, int fileSequence, List<Debit> debits) {
    List<String> records = new ArrayList<>();
    records.add(
        "101"
            + " "
            + routingNumber("02100002")
            + " "
            + odfiRoutingNumber
            + created.format(YYMMDD)
            + "0900"
            + "A094101"
            + pad("PREMIUM TRUST BANK", 23)
            + pad("HEALTH CONNECTOR", 23)
            + pad("", 8));
    records.add(
        "5225"
            + pad("HEALTH CONNECTOR", 16)
            + pad("", 20)
            + pad(companyId, 10)
            + "PPD"
            + pad("PREMIUM", 10)
            + pad("", 6)
            + effective.format(YYMMDD)
            + "   "
            + "1"
            + odfiIdentification
            + "0000001");
    long hash = 0;
    long total = 0;
    int position = 0;
    for (Debit debit : debits) {
      position++;
      hash += Long.parseLong(debit.routingNumber().substring(0, 8));
      total += debit.cents();
      records.add(
          "627"
              + debit.routingNumber()
              + pad(debit.accountNumber(), 17)
              + zeros(debit.cents(), 10)
              + pad(debit.billingAccountId(), 15)
              + pad(debit.name(), 22)
              + "  "
              + "0"
              + traceNumber(fileSequence, position));
    }
    long entryHash = hash % 10_000_000_000L;
    records.add(
        "8225"
            + zeros(debits.size(), 6)
            + zeros(entryHash, 10)
            + zeros(total, 12)
            + zeros(0, 12)
            + pad(companyId, 10)
            + pad("", 19)
            + pad("", 6)
            + odfiIdentification
            + "0000001");
    int recordsWithControl = records.size() + 1;
    int blocks = (recordsWithControl + 9) / 10;
    records.add(
        "9"
            + zeros(1, 6)
            + zeros(blocks, 6)
            + zeros(debits.size(), 8)
            + zeros(entryHash, 10)
            + zeros(total, 12)
            + zeros(0, 12)
            + pad("", 39));
    while (records.size() % 10 != 0) {
      records.add("9".repeat(94));
    }
    for (String record : records) {
      if (record.length() != 94) {
        throw new IllegalStateException("a NACHA record is 94 characters: " + record);
      }
    }
    return String.join("\n", records) + "\n";
  }

  private static String pad(String text, int width) {
    String value = text.length() > width ? text.substring(0, width) : text;
    return value + " ".repeat(width - value.length());
  }

  private static String zeros(long number, int width) {
    return String.format("%0" + width + "d", number);
  }
}
