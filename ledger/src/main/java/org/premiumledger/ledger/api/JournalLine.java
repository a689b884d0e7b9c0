package org.premiumledger.ledger.api;

import java.util.Objects;

/** One line of a journal entry: an account, a side and a positive amount in cents. */
public record JournalLine(LedgerAccount account, Side side, long amountCents) {

  public JournalLine {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(side, "side");
    if (amountCents <= 0 || amountCents > LedgerRefusal.MAX_AMOUNT_CENTS) {
      throw new LedgerInvariantViolation(
          "a journal line must be positive and within the limit, found "
              + amountCents
              + " cents on "
              + account);
    }
  }

  public static JournalLine debit(LedgerAccount account, long amountCents) {
    return new JournalLine(account, Side.DEBIT, amountCents);
  }

  public static JournalLine credit(LedgerAccount account, long amountCents) {
    return new JournalLine(account, Side.CREDIT, amountCents);
  }

  /** The line's effect on its account as debit minus credit. */
  public long signedCents() {
    return side == Side.DEBIT ? amountCents : -amountCents;
  }
}
