package org.premiumledger.ledger.api;

/** A processor charged a fee for a payment. */
public record ProcessorFeeRecordedEvent(
    PaymentId paymentId,
    BillingAccountId billingAccountId,
    String feeReference,
    Money fee,
    JournalEntry journalEntry)
    implements JournalPosting {}
