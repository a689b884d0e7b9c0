package org.premiumledger.ledger.api;

/** A refund of part or all of a payment was issued, with its approval. */
public record RefundIssuedEvent(
    PaymentId paymentId,
    BillingAccountId billingAccountId,
    Rail rail,
    String refundReference,
    Money amount,
    String approvalReference,
    JournalEntry journalEntry)
    implements JournalPosting {}
