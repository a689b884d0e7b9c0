package org.premiumledger.ledger.api;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The premium of one coverage month was billed. Gross and APTC are information; the entry posts the
 * net.
 */
public record PremiumBilledEvent(
    BillingAccountId billingAccountId,
    YearMonth coverageMonth,
    IssuerId issuerId,
    String planId,
    long grossPremiumCents,
    long aptcCents,
    long netPremiumCents,
    LocalDate issuedOn,
    LocalDate dueDate,
    boolean binder,
    JournalEntry journalEntry)
    implements JournalPosting {
  public PremiumBilledEvent {
    if (grossPremiumCents != netPremiumCents + aptcCents) {
      throw new LedgerInvariantViolation(
          "bill "
              + billingAccountId
              + "/"
              + coverageMonth
              + ": gross "
              + grossPremiumCents
              + " != net "
              + netPremiumCents
              + " + APTC "
              + aptcCents);
    }
  }
}
