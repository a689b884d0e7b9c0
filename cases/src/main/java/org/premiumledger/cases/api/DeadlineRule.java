package org.premiumledger.cases.api;

/** The rules that give a case its deadlines, each in the unit the rule states. */
public enum DeadlineRule {
  /** The service standard: acknowledge a billing dispute (default 2 business days). */
  ACKNOWLEDGE,
  /** The service standard: resolve a billing dispute (default 30 calendar days). */
  RESOLVE,
  /** The response date printed on a card chargeback notice. */
  CHARGEBACK_RESPONSE,
  /**
   * The 60 calendar days after settlement in which the household's bank may still return an
   * unauthorized consumer debit; after them the exchange must make the household whole itself.
   */
  ACH_UNAUTHORIZED_RETURN_WINDOW
}
