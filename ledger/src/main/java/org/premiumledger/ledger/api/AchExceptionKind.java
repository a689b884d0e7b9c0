package org.premiumledger.ledger.api;

/**
 * Why an ACH entry from a bank's file was refused by name and left for staff instead of posting.
 * Codes are stable; a test keeps them unique.
 */
public enum AchExceptionKind {
  ALREADY_RETURNED("A001", "The payment was already returned under another return trace number."),
  DISHONORED_RETURN(
      "A002",
      "A dishonored return (R61-R69) is sent by an originating bank, never received by it."),
  CONTESTED_DISHONORED_RETURN(
      "A003", "A contested dishonored return (R70-R77) needs staff to settle with the bank."),
  RETURN_OF_REFUND_CREDIT("A004", "The bank returned a refund credit the exchange sent."),
  RETURN_AMOUNT_MISMATCH("A005", "The return's amount differs from the payment's."),
  UNMATCHED_NOTIFICATION_OF_CHANGE(
      "A006", "The notification of change matches no entry the exchange originated."),
  RETURN_OF_VOIDED_PAYMENT("A007", "The payment was voided as recorded in error.");

  private final String code;
  private final String message;

  AchExceptionKind(String code, String message) {
    this.code = code;
    this.message = message;
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }
}
