package org.premiumledger.ledger.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Applies a payment held in suspense to the billing account it belongs to. */
public record ApplyUnappliedPaymentCommand(
    @TargetAggregateIdentifier PaymentId paymentId,
    BillingAccountId billingAccountId,
    LocalDate appliedOn) {}
