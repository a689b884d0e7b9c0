package org.premiumledger.ledger.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records an ACH return that matches no payment; it waits in suspense for staff. */
public record RecordUnmatchedReturnCommand(
    @TargetAggregateIdentifier String returnReference,
    String originalTraceNumber,
    String reasonCode,
    Money amount,
    LocalDate returnedOn) {}
