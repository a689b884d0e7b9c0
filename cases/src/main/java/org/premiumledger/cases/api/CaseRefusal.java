package org.premiumledger.cases.api;

/**
 * Every reason a dispute case refuses a command, in order of precedence: when several apply, the
 * first one listed is reported. Codes are stable (screens and scripts key on them) and unique; a
 * test keeps them so. {@code retryCouldHelp} says whether the same command could succeed later
 * without being changed.
 */
public enum CaseRefusal {
  NOT_PERMITTED_FOR_ROLE("C001", "Your role may not do this on a case.", false),
  APPROVER_NOT_SUPERVISOR("C023", "Only a supervisor approves or rejects an action.", false),
  CASE_ALREADY_EXISTS("C002", "A case with this id already exists with different details.", false),
  TEXT_REQUIRED("C003", "Say why: a reason, note or summary is required.", false),
  TEXT_TOO_LONG(
      "C026",
      "A name or reference is too long (user ids and references 128 characters, file names"
          + " 255).",
      false),
  UNKNOWN_PAYMENT("C004", "No payment with this id is known to the cases module yet.", true),
  PAYMENT_OF_ANOTHER_ACCOUNT(
      "C005", "The payment belongs to another billing account than the case.", false),
  DUPLICATE_NEEDS_TWO_PAYMENTS(
      "C006", "A duplicate-charge case links at least two payments.", false),
  CASE_NOT_ACTIVE("C007", "The case is resolved or closed; reopen it first.", false),
  TRANSITION_NOT_ALLOWED("C008", "The case cannot move to that state from where it is.", false),
  ACTIONS_PENDING(
      "C009",
      "A refund, correction or write-off of this case still awaits approval or the ledger.",
      true),
  RESOLUTION_WITHOUT_POSTED_ACTION(
      "C010",
      "This resolution needs a posted action of its kind (a refund for refunded, a void for"
          + " reversed, a correction or write-off for corrected).",
      false),
  EVIDENCE_TYPE_NOT_ALLOWED(
      "C011", "Evidence must be a PDF, PNG or JPEG file whose content matches its type.", false),
  EVIDENCE_TOO_LARGE("C012", "The evidence file is larger than the limit.", false),
  EVIDENCE_EMPTY("C013", "The evidence file is empty.", false),
  EVIDENCE_ID_REUSED("C014", "This evidence id was already used for a different file.", false),
  PAYMENT_NOT_ON_CASE("C015", "The payment is not linked to this case.", false),
  AMOUNT_NOT_POSITIVE("C016", "The amount must be more than zero.", false),
  REFUND_EXCEEDS_PAYMENT(
      "C017",
      "The refund is more than the payment less what this case already refunds of it.",
      false),
  CURRENCY_MISMATCH("C018", "The amount is in another currency than the payment's.", false),
  ACTION_ID_REUSED("C019", "This action id was already used for a different request.", false),
  UNKNOWN_ACTION("C020", "The case has no action with this id.", false),
  ACTION_NOT_AWAITING_APPROVAL(
      "C021", "This action was already approved or rejected; it is decided once.", false),
  APPROVER_IS_REQUESTER(
      "C022", "A supervisor other than the one who asked must approve this action.", false),
  NOT_REQUESTED_FROM_PROCESSOR(
      "C024", "This action is not a refund awaiting the processor's report.", false),
  NOT_A_DETECTION("C025", "Only a case the duplicate detector opened can be dismissed.", false);

  private final String code;
  private final String message;
  private final boolean retryCouldHelp;

  CaseRefusal(String code, String message, boolean retryCouldHelp) {
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
