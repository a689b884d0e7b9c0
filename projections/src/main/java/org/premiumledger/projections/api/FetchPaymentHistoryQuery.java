package org.premiumledger.projections.api;

import org.premiumledger.ledger.api.BillingAccountId;

/**
 * One page of a billing account's history, newest first. {@code after} is the {@code nextCursor} of
 * the previous page, or null for the newest page.
 */
public record FetchPaymentHistoryQuery(
    BillingAccountId billingAccountId, int pageSize, String after) {}
