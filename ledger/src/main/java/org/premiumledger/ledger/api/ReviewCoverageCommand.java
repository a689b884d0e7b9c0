package org.premiumledger.ledger.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Compares what was billed with what was paid on a date and records the coverage decisions that
 * follow: effectuation, grace, cure, termination, binder cancellation.
 */
public record ReviewCoverageCommand(
    @TargetAggregateIdentifier BillingAccountId billingAccountId, LocalDate asOf) {}
