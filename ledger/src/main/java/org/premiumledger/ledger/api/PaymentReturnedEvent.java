package org.premiumledger.ledger.api;

import java.time.LocalDate;

/** The bank returned an ACH payment. Flagged for recovery when it came after a refund. */
public record PaymentReturnedEvent(
    PaymentId paymentId,
    BillingAccountId billingAccountId,
    String returnReference,
    String reasonCode,
    LocalDate returnedOn,
    boolean afterSettlement,
    boolean recoveryRequired,
    JournalEntry journalEntry)
    implements JournalPosting {}
