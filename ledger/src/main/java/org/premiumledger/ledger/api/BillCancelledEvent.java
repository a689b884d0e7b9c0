package org.premiumledger.ledger.api;

import java.time.YearMonth;

/** A bill was cancelled; the entry reverses what remained of it. */
public record BillCancelledEvent(
    BillingAccountId billingAccountId,
    YearMonth coverageMonth,
    IssuerId issuerId,
    long cancelledNetCents,
    String reason,
    JournalEntry journalEntry)
    implements JournalPosting {}
