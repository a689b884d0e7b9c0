package org.premiumledger.ledger.trust;

import org.premiumledger.ledger.api.LedgerRefusal;
import org.premiumledger.ledger.api.LedgerRefusedException;
import org.premiumledger.ledger.api.Money;

/** The rules every once-only record of the trust account shares. */
final class Repeats {

  private Repeats() {}

  /** A repeat with the same details is answered quietly; with other details it is refused. */
  static void requireSame(boolean sameDetails, String reference) {
    if (!sameDetails) {
      throw new LedgerRefusedException(
          LedgerRefusal.RECORD_REUSED_WITH_DIFFERENT_DETAILS, reference);
    }
  }

  static void requirePositive(Money amount) {
    if (!amount.isPositive()) {
      throw new LedgerRefusedException(LedgerRefusal.AMOUNT_NOT_POSITIVE, amount.toString());
    }
    if (amount.cents() > LedgerRefusal.MAX_AMOUNT_CENTS) {
      throw new LedgerRefusedException(LedgerRefusal.AMOUNT_ABOVE_LIMIT, amount.toString());
    }
  }
}
