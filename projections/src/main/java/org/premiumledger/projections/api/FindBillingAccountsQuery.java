package org.premiumledger.projections.api;

/**
 * Finds billing accounts by household name (part of it, any case) or billing account id (exact, or
 * a prefix ending in {@code *}), ordered by household name then id; keyset paged.
 */
public record FindBillingAccountsQuery(
    String householdName, String billingAccountId, int pageSize, String after) {}
