package org.premiumledger.ledger.api;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where a household's coverage stands on a date. The grace fields are set while in grace or when
 * termination is pending; {@code coveredThrough} is set once coverage has ended.
 */
public record CoverageStatus(
    Kind kind, YearMonth firstGraceMonth, LocalDate graceEndsOn, LocalDate coveredThrough) {

  public enum Kind {
    /** Enrolled, the first month's premium (the binder) not yet paid and not yet overdue. */
    AWAITING_BINDER,
    CURRENT,
    IN_GRACE,
    /** The grace period ended unpaid; the termination has not been recorded yet. */
    TERMINATION_PENDING,
    TERMINATED,
    /** The binder was never paid: the coverage never began. */
    CANCELLED
  }

  public static CoverageStatus of(Kind kind) {
    return new CoverageStatus(kind, null, null, null);
  }
}
