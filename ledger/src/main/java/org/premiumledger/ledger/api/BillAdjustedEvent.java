package org.premiumledger.ledger.api;

import java.time.YearMonth;
import java.util.UUID;

/**
 * A change effective in a billed month adjusted that month's bill by the difference in net; the
 * bill itself is never edited.
 */
public record BillAdjustedEvent(
    BillingAccountId billingAccountId,
    YearMonth coverageMonth,
    IssuerId issuerId,
    long grossPremiumCents,
    long aptcCents,
    long netPremiumCents,
    long netDifferenceCents,
    UUID billEntryId,
    JournalEntry journalEntry)
    implements JournalPosting {
  public BillAdjustedEvent {
    if (grossPremiumCents != netPremiumCents + aptcCents) {
      throw new LedgerInvariantViolation(
          "adjusted bill " + billingAccountId + "/" + coverageMonth + ": gross != net + APTC");
    }
  }
}
