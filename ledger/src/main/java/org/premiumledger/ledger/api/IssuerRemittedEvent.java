package org.premiumledger.ledger.api;

/** Collected premiums were remitted to an issuer. */
public record IssuerRemittedEvent(
    String remittanceReference, IssuerId issuerId, Money amount, JournalEntry journalEntry)
    implements JournalPosting {
  public BillingAccountId billingAccountId() {
    return null;
  }
}
