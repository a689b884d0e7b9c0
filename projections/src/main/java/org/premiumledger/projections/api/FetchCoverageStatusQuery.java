package org.premiumledger.projections.api;

import java.time.LocalDate;
import org.premiumledger.ledger.api.BillingAccountId;

/**
 * A billing account's coverage status, bills and amount due, as of a business date (which turns an
 * expired grace period into TERMINATION_PENDING until the termination is recorded).
 */
public record FetchCoverageStatusQuery(BillingAccountId billingAccountId, LocalDate asOf) {}
