package org.premiumledger.ledger.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a card network taking money back while the dispute is open. */
public record OpenChargebackCommand(
    @TargetAggregateIdentifier PaymentId paymentId,
    String chargebackReference,
    Money amount,
    String reasonCode,
    LocalDate openedOn,
    LocalDate respondBy) {}
