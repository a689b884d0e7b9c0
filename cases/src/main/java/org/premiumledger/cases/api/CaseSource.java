package org.premiumledger.cases.api;

/** Who or what opened a case. */
public enum CaseSource {
  AGENT,
  ENROLLEE,
  DUPLICATE_DETECTOR,
  /** An ACH return with an unauthorized-debit code (R05, R07, R10, R11). */
  ACH_RETURN,
  CARD_CHARGEBACK
}
