package org.premiumledger.ledger.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Refunds part or all of a payment; only with an approval reference. */
public record IssueRefundCommand(
    @TargetAggregateIdentifier PaymentId paymentId,
    String refundReference,
    Money amount,
    String approvalReference,
    LocalDate issuedOn) {}
