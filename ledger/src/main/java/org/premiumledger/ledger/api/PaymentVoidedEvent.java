package org.premiumledger.ledger.api;

/** A payment recorded in error was voided: the mirror of its receipt. */
public record PaymentVoidedEvent(
    PaymentId paymentId,
    BillingAccountId billingAccountId,
    String reason,
    JournalEntry journalEntry)
    implements JournalPosting {}
