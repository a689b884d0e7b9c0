package org.premiumledger.ledger.api;

/** The household's bank account on file is now this one (from an entry we originated). */
public record BankAccountRecordedEvent(
    BillingAccountId billingAccountId, EncryptedBankAccount account, String sourceTraceNumber) {}
