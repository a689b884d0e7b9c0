package org.premiumledger.ledger.api;

/** A payment held in suspense was applied to its billing account. */
public record UnappliedPaymentAppliedEvent(
    PaymentId paymentId, BillingAccountId billingAccountId, JournalEntry journalEntry)
    implements JournalPosting {}
