package org.premiumledger.ledger.api;

import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a bill (a retroactive termination, a binder never paid, a bill issued in error). */
public record CancelBillCommand(
    @TargetAggregateIdentifier BillingAccountId billingAccountId,
    YearMonth coverageMonth,
    String reason,
    LocalDate cancelledOn) {}
