package org.premiumledger.ledger.api;

import java.time.LocalDate;

/** An ACH debit settled: the money reached the trust account. */
public record AchPaymentSettledEvent(
    PaymentId paymentId,
    BillingAccountId billingAccountId,
    LocalDate settledOn,
    JournalEntry journalEntry)
    implements JournalPosting {}
