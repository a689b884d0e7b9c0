package org.premiumledger.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Keeps the bank account a household's premiums are debited from (seen in an entry the exchange
 * originated). The same account again changes nothing.
 */
public record RecordBankAccountCommand(
    @TargetAggregateIdentifier String bankAccountOnFileId,
    BillingAccountId billingAccountId,
    EncryptedBankAccount account,
    String sourceTraceNumber) {

  public RecordBankAccountCommand(
      BillingAccountId billingAccountId, EncryptedBankAccount account, String sourceTraceNumber) {
    this(bankAccountOnFileId(billingAccountId), billingAccountId, account, sourceTraceNumber);
  }

  /** The aggregate's id, distinct from the billing account's own. */
  public static String bankAccountOnFileId(BillingAccountId billingAccountId) {
    return "bank-account:" + billingAccountId.value();
  }
}
