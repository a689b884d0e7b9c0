package org.premiumledger.ledger.api;

import java.util.List;
import java.util.Map;

/**
 * The result of checking every invariant of the ledger. {@code balances} maps each account, summed
 * over households and issuers ({@code receivable:enrollee}, {@code payable:issuer}, ...), to its
 * debits minus credits in cents. {@code violations} names each entry or account at fault.
 */
public record LedgerCheckReport(
    boolean ok,
    long entries,
    long debits,
    long credits,
    Map<String, Long> balances,
    List<String> violations) {

  public LedgerCheckReport {
    balances = Map.copyOf(balances);
    violations = List.copyOf(violations);
  }
}
