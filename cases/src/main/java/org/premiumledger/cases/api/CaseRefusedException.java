package org.premiumledger.cases.api;

/** A business refusal: the command broke a rule of dispute cases. Not a programmer error. */
public class CaseRefusedException extends RuntimeException {

  private final CaseRefusal refusal;

  public CaseRefusedException(CaseRefusal refusal, String detail) {
    super(
        refusal.code()
            + " "
            + refusal.name()
            + ": "
            + refusal.message()
            + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"));
    this.refusal = refusal;
  }

  public CaseRefusal refusal() {
    return refusal;
  }
}
