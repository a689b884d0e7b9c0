package org.premiumledger.cases.api;

/** How close a deadline is: due within the warning days, or past. */
public enum DeadlineStanding {
  NEAR,
  PAST
}
