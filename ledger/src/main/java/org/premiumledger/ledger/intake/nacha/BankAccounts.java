package org.premiumledger.ledger.intake.nacha;

import org.premiumledger.ledger.api.EncryptedBankAccount;
import org.springframework.stereotype.Component;

/** Seals and opens households' bank accounts; the only place they are ever in clear. */
@Component
class BankAccounts {

  static final String ACCOUNT_PURPOSE = "bank-account";
  static final String CORRECTED_DATA_PURPOSE = "noc-corrected-data";

  private final BankAccountCipher cipher;

  BankAccounts(BankAccountCipher cipher) {
    this.cipher = cipher;
  }

  EncryptedBankAccount seal(BankAccount account) {
    String details =
        String.join(
            "|",
            account.routingNumber(),
            account.accountNumber(),
            account.accountType(),
            account.holderName());
    return new EncryptedBankAccount(
        cipher.seal(details, ACCOUNT_PURPOSE),
        fingerprint(account),
        last4(account.accountNumber()),
        account.accountType());
  }

  /** Routing number, account number and type: the holder's name does not make another account. */
  String fingerprint(BankAccount account) {
    return cipher.fingerprint(
        account.routingNumber() + "|" + account.accountNumber() + "|" + account.accountType());
  }

  BankAccount open(String sealed) {
    String[] parts = cipher.open(sealed, ACCOUNT_PURPOSE).split("\\|", 4);
    return new BankAccount(parts[0], parts[1], parts[2], parts[3]);
  }

  String sealCorrectedData(String correctedData) {
    return cipher.seal(correctedData, CORRECTED_DATA_PURPOSE);
  }

  static String last4(String accountNumber) {
    return accountNumber.length() <= 4
        ? accountNumber
        : accountNumber.substring(accountNumber.length() - 4);
  }

  /** A bank account in clear: only in memory, only while a file is read or written. */
  record BankAccount(
      String routingNumber, String accountNumber, String accountType, String holderName) {

    @Override
    public String toString() {
      return accountType + " \u2022\u2022\u2022\u2022 " + last4(accountNumber);
    }
  }
}
