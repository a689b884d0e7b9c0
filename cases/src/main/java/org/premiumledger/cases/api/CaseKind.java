package org.premiumledger.cases.api;

/** What the household or the system says went wrong. */
public enum CaseKind {
  DUPLICATE_CHARGE,
  UNAUTHORIZED_PAYMENT,
  WRONG_AMOUNT,
  PAYMENT_NOT_CREDITED,
  REFUND_NOT_RECEIVED,
  OTHER
}
