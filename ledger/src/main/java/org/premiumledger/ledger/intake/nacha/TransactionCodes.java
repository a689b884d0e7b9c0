package org.premiumledger.ledger.intake.nacha;

import java.util.Set;

/**
 * The transaction codes of entries to checking (2x) and savings (3x) accounts. A last digit of 1 to
 * 4 is a credit, 6 to 9 a debit; 1 and 6 are returns and notifications of change, 3 and 8
 * prenotifications.
 */
final class TransactionCodes {

  static final Set<Integer> LIVE_DEBITS = Set.of(27, 37);
  static final Set<Integer> LIVE_CREDITS = Set.of(22, 32);
  static final Set<Integer> PRENOTES = Set.of(23, 28, 33, 38);
  static final Set<Integer> RETURNS_AND_CHANGES = Set.of(21, 26, 31, 36);

  private TransactionCodes() {}

  static boolean isDebit(int code) {
    return code % 10 >= 6;
  }

  static boolean isSavings(int code) {
    return code / 10 == 3;
  }

  static String accountType(int code) {
    return isSavings(code) ? "savings" : "checking";
  }

  /** Whether the code is allowed at all in the PPD, WEB and COR entries we exchange. */
  static boolean isAllowed(int code) {
    return LIVE_DEBITS.contains(code)
        || LIVE_CREDITS.contains(code)
        || PRENOTES.contains(code)
        || RETURNS_AND_CHANGES.contains(code);
  }
}
