package org.premiumledger.ledger.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Settles an ACH debit on its settlement date: the money reaches the trust account. */
public record SettleAchPaymentCommand(
    @TargetAggregateIdentifier PaymentId paymentId, LocalDate settledOn) {}
