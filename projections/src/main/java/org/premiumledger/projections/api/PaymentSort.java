package org.premiumledger.projections.api;

/** How payment search results are ordered; ties are broken by payment id. */
public enum PaymentSort {
  NEWEST_FIRST,
  OLDEST_FIRST,
  LARGEST_FIRST,
  SMALLEST_FIRST
}
