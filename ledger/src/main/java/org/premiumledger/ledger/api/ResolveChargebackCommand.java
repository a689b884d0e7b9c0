package org.premiumledger.ledger.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the outcome of a chargeback: won (money back) or lost. */
public record ResolveChargebackCommand(
    @TargetAggregateIdentifier PaymentId paymentId,
    String chargebackReference,
    boolean won,
    LocalDate resolvedOn) {}
