package org.premiumledger.ledger.api;

import java.util.Currency;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a household's billing account with its first enrollment. */
public record OpenBillingAccountCommand(
    @TargetAggregateIdentifier BillingAccountId billingAccountId,
    Household household,
    Enrollment enrollment,
    Currency currency) {}
