package org.premiumledger.projections.api;

/**
 * Intake's exceptions that wait for staff: ACH returns that matched no payment, and payments that
 * matched no billing account (until applied). Oldest first.
 */
public record FetchIntakeExceptionsQuery(boolean includeResolved, int pageSize, String after) {}
