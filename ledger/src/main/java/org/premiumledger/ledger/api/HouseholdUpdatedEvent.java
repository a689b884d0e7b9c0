package org.premiumledger.ledger.api;

/** The household's contact details changed. */
public record HouseholdUpdatedEvent(BillingAccountId billingAccountId, Household household) {}
