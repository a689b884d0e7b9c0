package org.premiumledger.ledger.api;

/** A bank's notification of change corrected the household's bank details on file. */
public record BankDetailsChangedEvent(
    BillingAccountId billingAccountId,
    AchChangeCode changeCode,
    String sealedCorrectedData,
    EncryptedBankAccount account,
    String originalTraceNumber,
    String notificationTraceNumber) {}
