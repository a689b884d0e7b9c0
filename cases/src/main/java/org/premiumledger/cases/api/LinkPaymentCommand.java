package org.premiumledger.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.premiumledger.ledger.api.PaymentId;

/** Links one more payment of the same account to a case; linking it again changes nothing. */
public record LinkPaymentCommand(
    @TargetAggregateIdentifier CaseId caseId, PaymentId paymentId, Actor by, String why) {}
