package org.premiumledger.projections.api;

import java.time.LocalDate;

/**
 * The balance (debits minus credits) of each ledger account whose code starts with {@code
 * accountCodePrefix} (null for all), from lines posted on or before {@code asOf} (null for all).
 */
public record FetchAccountBalancesQuery(String accountCodePrefix, LocalDate asOf) {}
