package org.premiumledger.ledger.api;

/** A processor paid out to the trust account. */
public record ProcessorPayoutRecordedEvent(
    String payoutKey, Rail rail, String payoutReference, Money amount, JournalEntry journalEntry)
    implements JournalPosting {
  public BillingAccountId billingAccountId() {
    return null;
  }
}
