package org.premiumledger.ledger.api;

/**
 * Every reason the ledger refuses a command, in order of precedence: when several apply, the first
 * one listed is reported. Codes are stable (scripts and screens key on them) and unique, a test
 * keeps them so. {@code retryCouldHelp} says whether the same command could succeed later without
 * being changed.
 */
public enum LedgerRefusal {
  UNKNOWN_BILLING_ACCOUNT("L001", "No billing account has this id.", true),
  BILLING_ACCOUNT_ALREADY_OPEN("L002", "A billing account with this id is already open.", false),
  CURRENCY_MISMATCH("L003", "The amount is in another currency than the billing account's.", false),
  AMOUNT_NOT_POSITIVE("L004", "The amount must be more than zero.", false),
  IDENTITY_REUSED_WITH_DIFFERENT_DETAILS(
      "L005",
      "This payment reference was already recorded with different details; it cannot name a"
          + " second payment.",
      false),
  RECORD_REUSED_WITH_DIFFERENT_DETAILS(
      "L006", "This reference was already recorded with different details.", false),
  PAYMENT_VOIDED(
      "L007",
      "The payment was voided as recorded in error; nothing more can be done" + " with it.",
      false),
  ALREADY_CORRECTED("L008", "This entry was already corrected; a correction is made once.", false),
  BILL_ALREADY_ISSUED("L009", "A bill for this coverage month was already issued.", false),
  MONTH_NOT_COVERED("L010", "The enrollment does not cover this month.", false),
  COVERAGE_ENDED(
      "L011", "Coverage has ended or was cancelled; no further months are billed.", false),
  BILL_NOT_FOUND("L012", "No bill was issued for this coverage month.", false),
  REFUND_WHILE_CHARGEBACK_OPEN(
      "L013", "A chargeback is open on this payment; it cannot be refunded until it closes.", true),
  REFUND_WHILE_RETURN_OPEN(
      "L014", "The bank returned this payment; there is nothing left to refund.", false),
  REFUND_EXCEEDS_REFUNDABLE(
      "L015",
      "The refund is more than was received less what was already refunded, returned or lost to a"
          + " chargeback.",
      false),
  APPROVAL_REFERENCE_MISSING(
      "L016", "Money leaves the ledger only with the reference of its approval.", false),
  ALREADY_RETURNED("L017", "This payment was already returned.", false),
  NOT_AN_ACH_PAYMENT("L018", "Only ACH payments settle on a settlement date.", false),
  ALREADY_SETTLED("L019", "This payment has already settled.", false),
  SETTLEMENT_DATE_NOT_REACHED("L020", "The payment's settlement date has not come yet.", true),
  NOT_CHARGEABLE_BACK(
      "L021", "Only card, wallet and third-party payments can be charged back.", false),
  CHARGEBACK_EXCEEDS_PAYMENT("L022", "The chargeback is more than remains of the payment.", false),
  UNKNOWN_CHARGEBACK("L023", "No chargeback with this reference is open on the payment.", false),
  ALREADY_APPLIED("L024", "The payment is already applied to a billing account.", false),
  UNKNOWN_REFUND("L025", "No ACH refund with this reference awaits settlement.", false),
  WRITE_OFF_EXCEEDS_BALANCE("L026", "The write-off is more than the household owes.", false),
  FEE_ALREADY_RECORDED_DIFFERENTLY(
      "L027", "This fee reference was already recorded with another amount.", false),
  PAYMENT_HAS_LATER_MOVEMENTS(
      "L028",
      "Money already moved on this payment after its receipt (settled, refunded, returned or"
          + " charged back); it cannot be voided as recorded in error.",
      false),
  AMOUNT_ABOVE_LIMIT(
      "L029",
      "The amount is above the largest the ledger records in one entry ($1,000,000,000.00).",
      false);

  /** The largest amount one journal line may carry, so that no sum of lines can overflow. */
  public static final long MAX_AMOUNT_CENTS = 100_000_000_000L;

  private final String code;
  private final String message;
  private final boolean retryCouldHelp;

  LedgerRefusal(String code, String message, boolean retryCouldHelp) {
    this.code = code;
    this.message = message;
    this.retryCouldHelp = retryCouldHelp;
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }

  public boolean retryCouldHelp() {
    return retryCouldHelp;
  }
}
