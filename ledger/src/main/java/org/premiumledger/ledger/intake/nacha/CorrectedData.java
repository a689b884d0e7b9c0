package org.premiumledger.ledger.intake.nacha;

import static org.premiumledger.ledger.intake.nacha.NachaRecord.quoted;

import org.premiumledger.ledger.api.AchChangeCode;

/**
 * The corrected data of a notification of change (positions 36-64 of its addenda), laid out by
 * change code: routing number in 1-9, account number in 1-17 (C01, C06), 13-29 (C03) or 10-26
 * (C07), transaction code in 1-2 (C05), 21-22 (C06) or 27-28 (C07). Null where the code says
 * nothing.
 */
record CorrectedData(String routingNumber, String accountNumber, Integer transactionCode) {

  static CorrectedData of(AchChangeCode code, String data) {
    String padded = String.format("%-29s", data);
    return switch (code) {
      case C01 -> new CorrectedData(null, account(padded, 1, 17), null);
      case C02 -> new CorrectedData(padded.substring(0, 9), null, null);
      case C03 -> new CorrectedData(padded.substring(0, 9), account(padded, 13, 29), null);
      case C05 -> new CorrectedData(null, null, transactionCode(padded, 1));
      case C06 -> new CorrectedData(null, account(padded, 1, 17), transactionCode(padded, 21));
      case C07 ->
          new CorrectedData(
              padded.substring(0, 9), account(padded, 10, 26), transactionCode(padded, 27));
      default -> new CorrectedData(null, null, null);
    };
  }

  /** Checks the corrected data against its code's layout. */
  static void check(AchChangeCode code, String data, NachaRecord record) throws NachaFault {
    if (data.isBlank()) {
      throw record.fault("corrected data", "the corrected data for " + code, "blanks");
    }
    String padded = String.format("%-29s", data);
    CorrectedData corrected = of(code, padded);
    if (corrected.routingNumber != null && !RoutingNumbers.isValid(corrected.routingNumber)) {
      throw record.fault(
          "corrected data",
          "a 9-digit routing number with a valid check digit for " + code,
          quoted(corrected.routingNumber));
    }
    boolean needsAccount =
        code == AchChangeCode.C01
            || code == AchChangeCode.C03
            || code == AchChangeCode.C06
            || code == AchChangeCode.C07;
    if (needsAccount
        && (corrected.accountNumber.isEmpty()
            || !corrected.accountNumber.matches("[A-Za-z0-9-]+"))) {
      throw record.fault(
          "corrected data", "a DFI account number for " + code, "no valid account number");
    }
    if (corrected.transactionCode != null && corrected.transactionCode < 0) {
      throw record.fault(
          "corrected data",
          "a checking or savings transaction code where " + code + " puts it",
          "no valid transaction code");
    }
  }

  private static String account(String padded, int start, int end) {
    return padded.substring(start - 1, end).strip();
  }

  /** The code, or -1 when the positions hold no checking or savings transaction code. */
  private static Integer transactionCode(String padded, int start) {
    String value = padded.substring(start - 1, start + 1);
    if (!value.matches("\\d{2}") || !TransactionCodes.isAllowed(Integer.parseInt(value))) {
      return -1;
    }
    return Integer.parseInt(value);
  }
}
