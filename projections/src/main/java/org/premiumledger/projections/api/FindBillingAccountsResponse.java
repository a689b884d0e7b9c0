package org.premiumledger.projections.api;

import java.util.List;

/** A page of billing accounts found. */
public record FindBillingAccountsResponse(List<Hit> hits, String nextCursor) {

  public FindBillingAccountsResponse {
    hits = List.copyOf(hits);
  }

  public record Hit(
      String billingAccountId,
      String householdName,
      String state,
      String coverageKind,
      long balanceCents,
      String currency) {}
}
