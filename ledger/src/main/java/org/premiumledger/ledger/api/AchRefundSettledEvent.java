package org.premiumledger.ledger.api;

/** The ACH credit carrying a refund settled. */
public record AchRefundSettledEvent(
    PaymentId paymentId,
    BillingAccountId billingAccountId,
    String refundReference,
    Money amount,
    JournalEntry journalEntry)
    implements JournalPosting {}
