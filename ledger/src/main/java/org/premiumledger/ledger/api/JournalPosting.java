package org.premiumledger.ledger.api;

/**
 * An event that posts a journal entry. The entry is null only where the amount is zero (a bill
 * whose premium the tax credit covers whole), because a journal line is never zero.
 */
public interface JournalPosting {

  JournalEntry journalEntry();

  /** The billing account the entry concerns, or null (a payout, a remittance, suspense). */
  BillingAccountId billingAccountId();
}
