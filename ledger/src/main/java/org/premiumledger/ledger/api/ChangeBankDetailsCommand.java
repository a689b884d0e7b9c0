package org.premiumledger.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Applies a bank's notification of change to the household's bank details on file. A notification
 * is applied once, by its trace number.
 *
 * @param account the account on file after the change (unchanged for codes that do not concern the
 *     account, such as C09)
 * @param sealedCorrectedData the NOC's corrected data, sealed: it may hold an account number
 */
public record ChangeBankDetailsCommand(
    @TargetAggregateIdentifier String bankAccountOnFileId,
    BillingAccountId billingAccountId,
    AchChangeCode changeCode,
    String sealedCorrectedData,
    EncryptedBankAccount account,
    String originalTraceNumber,
    String notificationTraceNumber) {

  public ChangeBankDetailsCommand(
      BillingAccountId billingAccountId,
      AchChangeCode changeCode,
      String sealedCorrectedData,
      EncryptedBankAccount account,
      String originalTraceNumber,
      String notificationTraceNumber) {
    this(
        RecordBankAccountCommand.bankAccountOnFileId(billingAccountId),
        billingAccountId,
        changeCode,
        sealedCorrectedData,
        account,
        originalTraceNumber,
        notificationTraceNumber);
  }
}
