package org.premiumledger.ledger.api;

/** A business refusal: the command broke a rule of the ledger. Not a programmer error. */
public class LedgerRefusedException extends RuntimeException {

  private final LedgerRefusal refusal;

  public LedgerRefusedException(LedgerRefusal refusal, String detail) {
    super(
        refusal.code()
            + " "
            + refusal.name()
            + ": "
            + refusal.message()
            + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"));
    this.refusal = refusal;
  }

  public LedgerRefusal refusal() {
    return refusal;
  }
}
