package org.premiumledger.projections.api;

import java.time.LocalDate;

/**
 * The trial balance at the end of a business date: every account's balance from the lines posted on
 * or before it. With {@code byFamily}, households and issuers are summed per family.
 */
public record FetchTrialBalanceQuery(LocalDate asOf, boolean byFamily) {}
