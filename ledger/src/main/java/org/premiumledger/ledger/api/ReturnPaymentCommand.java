package org.premiumledger.ledger.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a bank's return of an ACH payment with its R-code. */
public record ReturnPaymentCommand(
    @TargetAggregateIdentifier PaymentId paymentId,
    String returnReference,
    String reasonCode,
    LocalDate returnedOn) {}
