package org.premiumledger.ledger.api;

import java.util.Currency;

/** A household's billing account was opened with its first enrollment. */
public record BillingAccountOpenedEvent(
    BillingAccountId billingAccountId,
    Household household,
    Enrollment enrollment,
    Currency currency) {}
