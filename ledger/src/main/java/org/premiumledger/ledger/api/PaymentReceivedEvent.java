package org.premiumledger.ledger.api;

import java.time.Instant;
import java.time.LocalDate;

/** A payment was received; with no billing account it waits in suspense. */
public record PaymentReceivedEvent(
    PaymentId paymentId,
    PaymentIdentity identity,
    BillingAccountId billingAccountId,
    Rail rail,
    Money amount,
    Instant receivedAt,
    LocalDate settlementDate,
    PaymentMethod method,
    JournalEntry journalEntry)
    implements JournalPosting {}
