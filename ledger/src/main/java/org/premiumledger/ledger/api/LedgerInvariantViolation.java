package org.premiumledger.ledger.api;

/**
 * A programmer error: something the ledger's own code built breaks an invariant (an entry that does
 * not balance, a negative line). Never a business refusal; those are {@link LedgerRefusal}.
 */
public class LedgerInvariantViolation extends IllegalStateException {

  public LedgerInvariantViolation(String message) {
    super(message);
  }
}
