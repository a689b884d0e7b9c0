package org.premiumledger.ledger.api;

import java.time.LocalDate;

/** The binder was never paid: the coverage never began. */
public record CoverageCancelledEvent(BillingAccountId billingAccountId, LocalDate decidedOn) {}
