package org.premiumledger.ledger.api;

/**
 * One billing account's state for the portal; answered with an optional {@link BillingAccountView}.
 */
public record FetchBillingAccountQuery(BillingAccountId billingAccountId) {}
