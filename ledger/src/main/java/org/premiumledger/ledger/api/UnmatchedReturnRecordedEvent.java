package org.premiumledger.ledger.api;

/** An ACH return matched no payment; the money waits in suspense. */
public record UnmatchedReturnRecordedEvent(
    String returnReference,
    String originalTraceNumber,
    String reasonCode,
    Money amount,
    JournalEntry journalEntry)
    implements JournalPosting {
  public BillingAccountId billingAccountId() {
    return null;
  }
}
