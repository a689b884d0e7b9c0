package org.premiumledger.ledger.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Voids a payment recorded in error: posts the mirror of its receipt, once. */
public record VoidPaymentCommand(
    @TargetAggregateIdentifier PaymentId paymentId, String reason, LocalDate voidedOn) {}
