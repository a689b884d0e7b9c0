package org.premiumledger.ledger.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Settles the ACH credit that carried a refund to the household's bank. */
public record SettleAchRefundCommand(
    @TargetAggregateIdentifier PaymentId paymentId, String refundReference, LocalDate settledOn) {}
