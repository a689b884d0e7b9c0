package org.premiumledger.projections.api;

import java.time.Instant;

/**
 * The audit trail in the order things happened: every event from {@code from} (inclusive) to {@code
 * to} (exclusive), for one billing account when given.
 */
public record FetchAuditTrailQuery(
    Instant from, Instant to, String billingAccountId, int pageSize, String after) {}
