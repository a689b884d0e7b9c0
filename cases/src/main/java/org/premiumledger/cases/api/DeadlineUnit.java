package org.premiumledger.cases.api;

/** The unit in which a deadline's rule counts. */
public enum DeadlineUnit {
  /** Business days on the Federal Reserve calendar, plus the exchange's own closure days. */
  BUSINESS_DAYS,
  CALENDAR_DAYS,
  /** A date given by someone else, e.g. the response date of a chargeback notice. */
  GIVEN_DATE
}
