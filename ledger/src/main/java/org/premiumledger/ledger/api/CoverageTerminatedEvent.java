package org.premiumledger.ledger.api;

import java.time.LocalDate;

/** Coverage ended: for non-payment after a grace period, retroactively. */
public record CoverageTerminatedEvent(
    BillingAccountId billingAccountId,
    LocalDate coveredThrough,
    String reason,
    LocalDate decidedOn) {}
