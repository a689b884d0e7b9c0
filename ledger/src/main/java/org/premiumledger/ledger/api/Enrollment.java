package org.premiumledger.ledger.api;

import java.time.LocalDate;

/**
 * One enrollment of a household: issuer, plan, coverage dates and the monthly premium split into
 * what the household owes (net) and the federal tax credit (APTC).
 */
public record Enrollment(
    IssuerId issuerId,
    String planId,
    LocalDate coverageStart,
    LocalDate coverageEnd,
    long grossPremiumCents,
    long aptcCents) {
  public Enrollment {
    if (issuerId == null || planId == null || planId.isBlank() || coverageStart == null) {
      throw new IllegalArgumentException("expected issuer, plan and coverage start");
    }
    if (coverageEnd != null && coverageEnd.isBefore(coverageStart)) {
      throw new IllegalArgumentException(
          "expected coverage end on or after " + coverageStart + ", found " + coverageEnd);
    }
    if (grossPremiumCents > LedgerRefusal.MAX_AMOUNT_CENTS) {
      throw new IllegalArgumentException(
          "expected a monthly premium of at most $1,000,000,000.00, found "
              + grossPremiumCents
              + " cents");
    }
    if (grossPremiumCents < 0 || aptcCents < 0 || aptcCents > grossPremiumCents) {
      throw new IllegalArgumentException(
          "expected 0 <= APTC <= gross premium, found gross "
              + grossPremiumCents
              + " and APTC "
              + aptcCents
              + " cents");
    }
  }

  /** What the household owes each month. */
  public long netPremiumCents() {
    return grossPremiumCents - aptcCents;
  }

  /** Whether the enrollment covers at least one day of the month. */
  public boolean covers(java.time.YearMonth month) {
    boolean startedByMonthEnd = !coverageStart.isAfter(month.atEndOfMonth());
    boolean notEndedBeforeMonth = coverageEnd == null || !coverageEnd.isBefore(month.atDay(1));
    return startedByMonthEnd && notEndedBeforeMonth;
  }
}
