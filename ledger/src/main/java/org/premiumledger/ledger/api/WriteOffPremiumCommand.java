package org.premiumledger.ledger.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Writes off premium the household owes, borne by the issuer or by the exchange; only with an
 * approval.
 */
public record WriteOffPremiumCommand(
    @TargetAggregateIdentifier BillingAccountId billingAccountId,
    String writeOffReference,
    long amountCents,
    WriteOffBearer bearer,
    String approvalReference,
    String reason,
    LocalDate writtenOffOn) {}
