package org.premiumledger.projections.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Where a billing account stands. {@code coverageKind} is a {@code CoverageStatus.Kind} name.
 * {@code balanceCents} is what is owed (negative: a credit); {@code amountDueCents} is the positive
 * part of it; {@code nextDueDate} is the due date of the oldest bill not yet paid in full (bills
 * are paid oldest first), null when none is open. {@code found} is false for an unknown account.
 */
public record CoverageStatusResponse(
    boolean found,
    String billingAccountId,
    String householdName,
    String currency,
    String issuerId,
    String planId,
    String coverageKind,
    LocalDate effectuatedOn,
    YearMonth firstGraceMonth,
    LocalDate graceEndsOn,
    LocalDate coveredThrough,
    long balanceCents,
    long amountDueCents,
    LocalDate nextDueDate,
    List<Bill> bills) {

  public CoverageStatusResponse {
    bills = List.copyOf(bills);
  }

  public static CoverageStatusResponse notFound(String billingAccountId) {
    return new CoverageStatusResponse(
        false,
        billingAccountId,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        0,
        0,
        null,
        List.of());
  }

  public record Bill(
      YearMonth coverageMonth,
      String issuerId,
      long grossCents,
      long aptcCents,
      long netCents,
      LocalDate issuedOn,
      LocalDate dueDate,
      boolean binder,
      boolean cancelled) {}
}
