package org.premiumledger.projections.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Each account's balance on its normal side: a debit balance in {@code debitCents}, a credit
 * balance in {@code creditCents}. The totals are equal in a ledger that balances.
 */
public record TrialBalanceResponse(
    LocalDate asOf, List<Line> lines, long totalDebitCents, long totalCreditCents) {

  public TrialBalanceResponse {
    lines = List.copyOf(lines);
  }

  public boolean balances() {
    return totalDebitCents == totalCreditCents;
  }

  public record Line(String accountCode, String accountType, long debitCents, long creditCents) {}
}
