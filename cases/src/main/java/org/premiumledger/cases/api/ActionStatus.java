package org.premiumledger.cases.api;

/** Where a money action of a case stands. */
public enum ActionStatus {
  AWAITING_APPROVAL,
  /** Authorized; the ledger command is on its way. */
  AUTHORIZED,
  /** A card, wallet or third-party refund asked of the processor, awaiting its report. */
  REQUESTED_FROM_PROCESSOR,
  POSTED,
  REJECTED,
  /** The ledger refused it (for instance a chargeback arrived meanwhile). */
  FAILED;

  /** Still counts toward the case's total paid out. */
  public boolean counts() {
    return this != REJECTED && this != FAILED;
  }
}
