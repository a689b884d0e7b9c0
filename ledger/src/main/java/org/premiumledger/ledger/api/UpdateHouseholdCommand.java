package org.premiumledger.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Updates the household's contact details; identical details change nothing. */
public record UpdateHouseholdCommand(
    @TargetAggregateIdentifier BillingAccountId billingAccountId, Household household) {}
