package org.premiumledger.ledger.api;

/** Premium the household owed was written off, borne by the issuer or the exchange. */
public record PremiumWrittenOffEvent(
    BillingAccountId billingAccountId,
    String writeOffReference,
    long amountCents,
    WriteOffBearer bearer,
    String approvalReference,
    String reason,
    JournalEntry journalEntry)
    implements JournalPosting {}
