package org.premiumledger.cases.api;

import org.axonframework.common.AxonNonTransientException;

/**
 * A business refusal: the command broke a rule of dispute cases. Not a programmer error, and not
 * transient: the retrying command gateway gives up at once instead of asking again.
 */
public class CaseRefusedException extends AxonNonTransientException {

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
