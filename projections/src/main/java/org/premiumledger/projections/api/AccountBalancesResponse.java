package org.premiumledger.projections.api;

import java.util.List;

/** Balances as debits minus credits, by account code. */
public record AccountBalancesResponse(List<Balance> balances) {

  public AccountBalancesResponse {
    balances = List.copyOf(balances);
  }

  public record Balance(
      String accountCode,
      String accountType,
      long debitCents,
      long creditCents,
      long balanceCents) {}
}
