package org.premiumledger.ledger.api;

/**
 * A household's bank account as the ledger keeps it: routing number, account number and account
 * type sealed together (AES-GCM, see docs/readme/nacha.md), a keyed fingerprint that tells two
 * accounts apart without opening them, and the last four digits of the account for screens.
 */
public record EncryptedBankAccount(
    String sealed, String fingerprint, String accountLast4, String accountType) {
  public EncryptedBankAccount {
    if (sealed == null || sealed.isBlank()) {
      throw new IllegalArgumentException("expected a sealed bank account, found nothing");
    }
    if (accountLast4 == null || accountLast4.length() > 4) {
      throw new IllegalArgumentException("expected at most the last four characters");
    }
    if (!"checking".equals(accountType) && !"savings".equals(accountType)) {
      throw new IllegalArgumentException(
          "expected account type checking or savings, found '" + accountType + "'");
    }
  }

  /** For screens: "checking •••• 6789". */
  public String masked() {
    return accountType + " \u2022\u2022\u2022\u2022 " + accountLast4;
  }
}
